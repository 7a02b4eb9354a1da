using System.Text.RegularExpressions;

namespace ChatBot.Tests.WireFormat;

/// <summary>
/// Bot Framework types (and Newtonsoft, which comes with them) stay in the few host folders docs/bot-framework.md
/// lists, so moving to the Agents SDK or the Teams SDK touches those files only.
/// </summary>
public sealed partial class BotFrameworkBoundaryTests
{
    /// <summary>Paths under src/ChatBot allowed to use Bot Framework; each is a step of the migration in the doc.</summary>
    private static readonly string[] s_allowed =
    [
        "Bot/",                                 // the bot, the adapter, replies and citation entities
        "State/",                               // IStorage providers (Memory, Redis) behind the conversation memory
        "Terminal/",                            // the console adapter that runs the same IBot without a web server
        "Api/BotEndpoint.cs",                   // POST /api/messages hands the request to the adapter
        "Hosting/BotHostingExtensions.cs",      // registration of the adapter, authentication and the bot
    ];

    [Fact]
    public void Sources_OutsideTheBotFolders_DoNotUseBotFramework()
    {
        var host = Path.Combine(RepositoryRoot.Path, "src", "ChatBot");

        var offenders = Directory.EnumerateFiles(host, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(host, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Where(f => BotFrameworkUsing().IsMatch(File.ReadAllText(Path.Combine(host, f))))
            .Where(f => !s_allowed.Any(a => a.EndsWith('/') ? f.StartsWith(a, StringComparison.Ordinal) : f == a))
            .ToArray();

        Assert.True(offenders.Length == 0, "Bot Framework used outside its folders: " + string.Join(", ", offenders));
    }

    [Theory]
    [InlineData("ChatBot.Answering")]
    [InlineData("ChatBot.Knowledge")]
    public void Library_Never_ReferencesBotFramework(string project)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", project);

        var csproj = File.ReadAllText(Path.Combine(folder, project + ".csproj"));
        var sources = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        Assert.DoesNotContain("Microsoft.Bot", csproj, StringComparison.Ordinal);
        Assert.DoesNotContain(sources, f => BotFrameworkUsing().IsMatch(File.ReadAllText(f)));
    }

    [GeneratedRegex(@"^\s*using\s+(static\s+)?(\w+\s*=\s*)?(Microsoft\.Bot|Newtonsoft)\b", RegexOptions.Multiline)]
    private static partial Regex BotFrameworkUsing();
}
