using Microsoft.Extensions.Hosting;

namespace ChatBot.Answering.Text;

/// <summary>
/// Loads the embedded word lists (<see cref="SynonymLexicon"/>, about 0.4 s; <see cref="NameAliases"/>) in the
/// background while the host starts, so the first question does not wait for them; one asked before they are ready
/// waits only for the rest.
/// </summary>
internal sealed class LexiconWarmUp : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(
            () =>
            {
                _ = SynonymLexicon.Default;
                _ = NameAliases.Default;
            },
            cancellationToken);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
