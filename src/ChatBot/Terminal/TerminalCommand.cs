using ChatBot.Hosting;
using ChatBot.Knowledge;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Console;

namespace ChatBot.Terminal;

/// <summary>
/// <c>ask "question"</c> prints one cited answer and exits; <c>chat</c> opens an interactive conversation.
/// Both run the same bot as <c>/api/messages</c> through <see cref="ConsoleAdapter"/>, without a web server.
/// Arguments after the verb (<c>--Content:Path=DIR</c>) configure the host as usual.
/// </summary>
public sealed class TerminalCommand
{
    private readonly string _verb;
    private readonly string? _question;
    private readonly string[] _hostArgs;

    private TerminalCommand(string verb, string? question, string[] hostArgs)
    {
        _verb = verb;
        _question = question;
        _hostArgs = hostArgs;
    }

    public static bool TryParse(string[] args, out TerminalCommand command)
    {
        command = null!;
        if (args.Length == 0 || args[0] is not ("ask" or "chat"))
        {
            return false;
        }

        var rest = args.Skip(1).ToList();
        string? question = null;
        if (args[0] == "ask")
        {
            var words = rest.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
            question = string.Join(' ', words);
            rest = rest.Skip(words.Length).ToList();
        }

        command = new TerminalCommand(args[0], question, [.. rest]);
        return true;
    }

    public async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (_verb == "ask" && string.IsNullOrWhiteSpace(_question))
        {
            await error.WriteLineAsync("Usage: dotnet run --project src/ChatBot -- ask \"your question\"");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(_hostArgs);
        builder.AddChatBotConfiguration();
        builder.AddArticleAnswering();
        builder.AddBot();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        // The terminal is for the conversation: only warnings and errors are logged (to stderr), whatever appsettings says.
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);

        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            var services = host.Services;
            if (_verb == "chat")
            {
                await output.WriteLineAsync("Loading the articles…");
            }

            await services.GetRequiredService<IKnowledgeBase>().WaitUntilReadyAsync(cancellationToken);
            var adapter = ActivatorUtilities.CreateInstance<ConsoleAdapter>(services, output);
            var chat = new TerminalChat(adapter, () => services.GetRequiredService<IBot>());
            if (_verb == "ask")
            {
                await chat.AskAsync(_question!, cancellationToken);
            }
            else
            {
                await chat.RunAsync(input, output, cancellationToken);
            }

            return 0;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
