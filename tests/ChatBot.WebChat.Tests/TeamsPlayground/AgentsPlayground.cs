using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ChatBot.WebChat.Tests.TeamsPlayground;

/// <summary>
/// The Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>), a Teams-like client that
/// runs locally: it sends the bot Teams activities and draws the bot's replies as Teams does (citation pills,
/// AI label, feedback buttons, suggested actions). Started on a free port against the bot's /api/messages.
/// </summary>
internal sealed partial class AgentsPlayground : IAsyncDisposable
{
    private const string CommandName = "agentsplayground";
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromMinutes(2);

    private readonly Process _process;

    private AgentsPlayground(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The playground's web page, e.g. http://localhost:56150.</summary>
    public Uri Address { get; }

    /// <summary>The installed command (on PATH, as <c>npm install -g</c> puts it), or null.</summary>
    public static string? Command { get; } = Find();

    /// <summary>Why the playground tests cannot run here, or null when they run (always under CI, to fail loudly).</summary>
    public static string? SkipReason => SystemChromium.SkipReason ?? (Command is not null || TestEnvironment.IsCi
        ? null
        : "The Microsoft 365 Agents Playground is not installed ('npm install -g @microsoft/m365agentsplayground@0.2.28', " +
          "as .ci/run does); under CI=true this test fails instead of skipping.");

    public static async Task<AgentsPlayground> StartAsync(Uri botMessagesEndpoint)
    {
        var command = Command ?? throw new InvalidOperationException(
            "agentsplayground is not on PATH; .ci/run installs it with 'npm install -g @microsoft/m365agentsplayground@0.2.28'.");
        // It writes its log (devTools/m365agentsplayground.log) where it starts: keep that with the test artefacts.
        var workingDirectory = Path.Combine(RepositoryRoot.Path, "artifacts", "agents-playground");
        Directory.CreateDirectory(workingDirectory);
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        // A free port; should it be taken meanwhile, the playground picks another and says which.
        var port = FreePort();
        foreach (var argument in new[] { "start", "-e", botMessagesEndpoint.ToString(), "-c", "msteams", "--disable-telemetry", "-p", port })
        {
            start.ArgumentList.Add(argument);
        }

        // No browser of its own, no telemetry: the test drives the page with the system Chromium.
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("agentsplayground did not start.");
        var output = new List<string>();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(e.Data);
            }

            if (ListeningOn().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        process.OutputDataReceived += Read;
        process.ErrorDataReceived += Read;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var listeningPort = await listening.Task.WaitAsync(s_startTimeout);
            return new AgentsPlayground(process, new Uri($"http://localhost:{listeningPort}"));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            string said;
            lock (output)
            {
                said = string.Join('\n', output);
            }

            throw new InvalidOperationException($"agentsplayground did not say where it listens within {s_startTimeout}:\n{said}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, CommandName))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningOn();
}
