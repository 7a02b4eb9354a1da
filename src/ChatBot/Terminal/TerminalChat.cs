using Microsoft.Bot.Builder;

namespace ChatBot.Terminal;

/// <summary>The read-answer loop of <c>chat</c>: one bot turn per line, until <c>exit</c> or end of input.</summary>
public sealed class TerminalChat
{
    private readonly ConsoleAdapter _adapter;
    private readonly Func<IBot> _createBot;

    /// <param name="createBot">A bot for each turn (the bot is transient, as in the web host).</param>
    public TerminalChat(ConsoleAdapter adapter, Func<IBot> createBot)
    {
        _adapter = adapter;
        _createBot = createBot;
    }

    public Task AskAsync(string question, CancellationToken cancellationToken) =>
        _adapter.SendTextAsync(_createBot(), question, cancellationToken);

    public async Task RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        await _adapter.StartConversationAsync(_createBot(), cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync("\nyou> ");
            await output.FlushAsync(cancellationToken);
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim() is "exit" or "quit")
            {
                return;
            }

            await _adapter.SendTextAsync(_createBot(), line, cancellationToken);
        }
    }
}
