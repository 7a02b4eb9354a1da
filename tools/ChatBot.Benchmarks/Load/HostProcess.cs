using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatBot.Benchmarks;

/// <summary>
/// The real host (<c>src/ChatBot</c>, built in the same configuration as this tool) in its own process on 127.0.0.1,
/// as users run it: ready time is from process start to the first <c>GET /healthz</c> 200, peak memory is the
/// process's peak resident set (VmHWM), and the index build time comes from the host's own log line.
/// </summary>
internal sealed partial class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_readyTimeout = TimeSpan.FromMinutes(30);

    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly Lock _outputLock = new();

    private readonly long _started;

    private HostProcess(Process process, Uri baseAddress, long started)
    {
        _process = process;
        _started = started;
        BaseAddress = baseAddress;
        Client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>From starting the process to the first <c>/healthz</c> 200 (Degraded counts: the host answers).</summary>
    public TimeSpan ReadyAfter { get; private set; }

    /// <summary>The host's own "Indexed N articles (P paragraphs) … in X ms" line, if it logged one.</summary>
    public (int Articles, int Paragraphs, double Milliseconds)? Indexed { get; private set; }

    /// <summary>The host's "Embedded N new sentences … in X ms" line: sentences the embedding cache did not hold.</summary>
    public (int Sentences, double Milliseconds)? Embedded { get; private set; }

    public static async Task<HostProcess> StartAsync(HostSettings settings, CancellationToken cancellationToken)
    {
        var assembly = RepositoryPaths.HostAssembly;
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"The host is not built at {assembly}; build this tool (it builds the host too) in the same configuration.", assembly);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{settings.Port}");
        start.ArgumentList.Add($"--Content:Path={settings.ContentPath}");
        start.ArgumentList.Add($"--Knowledge:CacheDirectory={settings.CacheDirectory}");
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        start.ArgumentList.Add("--Logging:LogLevel:ChatBot.Knowledge=Information");
        // The load driver is one client by design; the per-client rate limit would measure itself, not the bot.
        start.ArgumentList.Add("--RateLimit:Enabled=false");
        foreach (var (key, value) in settings.Configuration ?? new Dictionary<string, string>())
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host process did not start.");
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{settings.Port}/"), started);
        process.OutputDataReceived += (_, e) => host.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => host.OnOutput(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilHealthyAsync(cancellationToken);
            host.ReadyAfter = Stopwatch.GetElapsedTime(started);

            // The host publishes the index (healthy) a moment before it logs the build time.
            for (var wait = 0; host.Indexed is null && wait < 100; wait++)
            {
                await Task.Delay(20, cancellationToken);
            }

            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>CPU time the host process has used so far (user and system, all threads).</summary>
    public double CpuSeconds()
    {
        _process.Refresh();
        return _process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>Seconds since the process started.</summary>
    public double UptimeSeconds => Stopwatch.GetElapsedTime(_started).TotalSeconds;

    /// <summary>Polls <c>GET /api/status</c> until the index is complete; returns the last status read.</summary>
    public async Task<JsonElement> WaitUntilCompleteAsync(TimeSpan poll, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(s_readyTimeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} while indexing:\n{RecentOutput()}");
            }

            var status = await StatusAsync(cancellationToken);
            if (status.GetProperty("complete").GetBoolean())
            {
                return status;
            }

            await Task.Delay(poll, cancellationToken);
        }

        throw new TimeoutException($"The index was not complete within {s_readyTimeout}:\n{RecentOutput()}");
    }

    public async Task<JsonElement> StatusAsync(CancellationToken cancellationToken)
    {
        using var response = await Client.GetAsync(new Uri("api/status", UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return document.RootElement.Clone();
    }

    /// <summary>Ends the process at once, as a crash or an out-of-memory kill would, without a graceful stop.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <summary>Peak resident memory of the host so far, in bytes (Linux VmHWM; the peak working set elsewhere).</summary>
    public long PeakMemoryBytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not Linux: fall back to what the runtime reports.
        }

        _process.Refresh();
        return _process.PeakWorkingSet64;
    }

    public string RecentOutput()
    {
        lock (_outputLock)
        {
            return string.Join('\n', _output.TakeLast(40));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(s_readyTimeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before it was ready:\n{RecentOutput()}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(25, cancellationToken);
        }

        throw new TimeoutException($"The host was not ready within {s_readyTimeout}:\n{RecentOutput()}");
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_outputLock)
        {
            _output.Add(line);
            if (_output.Count > 400)
            {
                _output.RemoveRange(0, 200);
            }
        }

        if (IndexedLine().Match(line) is { Success: true } indexed)
        {
            Indexed = (Int(indexed.Groups["articles"].Value), Int(indexed.Groups["paragraphs"].Value), Number(indexed.Groups["ms"].Value));
        }
        else if (EmbeddedLine().Match(line) is { Success: true } embedded)
        {
            var (count, ms) = (Int(embedded.Groups["count"].Value), Number(embedded.Groups["ms"].Value));
            Embedded = Embedded is { } previous ? (previous.Sentences + count, previous.Milliseconds + ms) : (count, ms);
        }
    }

    private static int Int(string value) => int.Parse(value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static double Number(string value) => double.Parse(value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Indexed (?<articles>[\d,]+) articles \((?<paragraphs>[\d,]+) paragraphs\).* in (?<ms>[\d.,]+) ms")]
    private static partial Regex IndexedLine();

    [GeneratedRegex(@"Embedded (?<count>[\d,]+) new sentences.* in (?<ms>[\d.,]+) ms")]
    private static partial Regex EmbeddedLine();
}
