using System.Globalization;
using ChatBot.Answering;
using ChatBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Evaluation.PromptStarters;

/// <summary>
/// <c>prompt-starters --content DIR [--manifest appPackage/manifest.json] [--count 3]</c>: chooses prompt starters
/// from the articles with the bot's own answering services (as configured by default) and writes them into the
/// Teams manifest. Run it again when the articles change.
/// </summary>
internal static class PromptStartersCommand
{
    public static async Task<int> RunAsync(EvaluationArguments arguments, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var manifest = Path.GetFullPath(Option(args, "--manifest") ?? Path.Combine("appPackage", "manifest.json"));
        var count = int.Parse(Option(args, "--count") ?? "3", CultureInfo.InvariantCulture);
        if (!File.Exists(manifest))
        {
            await Console.Error.WriteLineAsync($"No manifest at {manifest}.");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ContentOptions.SectionName}:{nameof(ContentOptions.Path)}"] = arguments.ContentPath,
            [$"{KnowledgeOptions.SectionName}:{nameof(KnowledgeOptions.CacheDirectory)}"] = arguments.CacheDirectory,
            [$"{KnowledgeOptions.SectionName}:{nameof(KnowledgeOptions.Model)}"] = arguments.Model,
        });
        // The output is the list of starters; the host's own progress lines would bury it.
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddKnowledge();
        builder.Services.AddAnswering();
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            await host.Services.GetRequiredService<IKnowledgeBase>().WaitUntilReadyAsync(cancellationToken);
            await output.WriteLineAsync($"Choosing {count} prompt starters from {arguments.ContentPath}:");
            var starters = await PromptStarterSelector.SelectAsync(
                host.Services.GetRequiredService<IQuestionAnswerer>(), count, output, cancellationToken);
            if (starters.Count == 0)
            {
                await Console.Error.WriteLineAsync("No suggested question was short enough and answered with a citation; manifest unchanged.");
                return 1;
            }

            await ManifestWriter.WriteAsync(manifest, starters, cancellationToken);
            await output.WriteLineAsync($"Wrote {starters.Count} prompt starters to {manifest}.");
            return 0;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (string.Equals(args[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
