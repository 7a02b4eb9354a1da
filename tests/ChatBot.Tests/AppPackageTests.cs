using System.Buffers.Binary;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Api;
using ChatBot.Tests.EndToEnd;

namespace ChatBot.Tests;

/// <summary>
/// The Teams app package in appPackage/ is what Teams accepts: the schema rules Teams enforces on upload (ids,
/// lengths, icon sizes, command limits), and prompt starters that the bot answers with a citation.
/// </summary>
public sealed partial class AppPackageTests : IClassFixture<RealPipelineFactory>
{
    private const int MaxCommands = 10;
    private const int MaxCommandTitle = 32;
    private const int MaxCommandDescription = 128;

    private static readonly string s_folder = Path.Combine(RepositoryRoot.Path, "appPackage");
    private static readonly string[] s_botScopes = ["personal", "team", "groupChat"];

    private readonly RealPipelineFactory _factory;

    public AppPackageTests(RealPipelineFactory factory) => _factory = factory;

    [Fact]
    public void Manifest_Always_NamesItsSchemaVersionAndValidIds()
    {
        var root = ReadManifest();

        var schema = root.GetProperty("$schema").GetString()!;
        var version = root.GetProperty("manifestVersion").GetString()!;
        Assert.Equal($"https://developer.microsoft.com/en-us/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", schema);
        Assert.True(new Version(version) >= new Version(1, 22), $"manifestVersion {version} is older than the schema this project targets");
        Assert.Matches(SemVer(), root.GetProperty("version").GetString()!);
        Assert.True(Guid.TryParse(root.GetProperty("id").GetString(), out _), "id is not a GUID");
        Assert.True(Guid.TryParse(Bot(root).GetProperty("botId").GetString(), out _), "botId is not a GUID");
        Assert.Matches(HexColor(), root.GetProperty("accentColor").GetString()!);
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://", root.GetProperty("developer").GetProperty(url).GetString());
        }
    }

    [Fact]
    public void Manifest_Always_KeepsNamesAndDescriptionsWithinTeamsLimits()
    {
        var root = ReadManifest();

        Assert.InRange(Text(root, "name", "short").Length, 1, 30);
        Assert.InRange(Text(root, "name", "full").Length, 1, 100);
        Assert.InRange(Text(root, "description", "short").Length, 1, 80);
        Assert.InRange(Text(root, "description", "full").Length, 1, 4000);
        Assert.InRange(Text(root, "developer", "name").Length, 1, 32);
        Assert.Equal("color.png", Text(root, "icons", "color"));
        Assert.Equal("outline.png", Text(root, "icons", "outline"));
    }

    [Fact]
    public void Manifest_Always_DeclaresCommandsTeamsAccepts()
    {
        var bot = Bot(ReadManifest());
        var botScopes = Strings(bot.GetProperty("scopes"));
        Assert.Subset(s_botScopes.ToHashSet(), botScopes.ToHashSet());
        Assert.Contains("personal", botScopes);

        var lists = bot.GetProperty("commandLists").EnumerateArray().ToArray();
        Assert.InRange(lists.Length, 1, 2);
        foreach (var list in lists)
        {
            Assert.Subset(botScopes.ToHashSet(), Strings(list.GetProperty("scopes")).ToHashSet());
            var commands = list.GetProperty("commands").EnumerateArray().ToArray();
            Assert.InRange(commands.Length, 1, MaxCommands);
            var titles = commands.Select(c => c.GetProperty("title").GetString()!).ToArray();
            Assert.Equal(titles.Length, titles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(titles, t => Assert.InRange(t.Length, 1, MaxCommandTitle));
            Assert.All(commands, c => Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, MaxCommandDescription));
            Assert.Contains("help", titles);
            Assert.Contains("reset", titles);
        }
    }

    [Fact]
    public async Task PromptStarters_WhenAsked_AreAnsweredWithACitation()
    {
        var starters = PromptStarters(ReadManifest());
        Assert.NotEmpty(starters);
        using var client = _factory.CreateClient();

        foreach (var question in starters)
        {
            using var response = await client.PostAsJsonAsync("/api/ask", new { question });
            var answer = await response.Content.ReadFromJsonAsync<AskResponse>();

            Assert.True(answer!.Answered, $"Prompt starter \"{question}\" was declined: {answer.Answer}");
            Assert.NotEmpty(answer.Citations);
            Assert.Contains("[1]", answer.Answer, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("color.png", 192, false)]
    [InlineData("outline.png", 32, true)]
    public void Icon_Always_IsPngOfTeamsSize(string file, int size, bool transparent)
    {
        var bytes = File.ReadAllBytes(Path.Combine(s_folder, file));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        const byte RgbWithAlpha = 6;
        Assert.Equal(transparent, bytes[25] == RgbWithAlpha);
    }

    /// <summary>The commands that are questions: what tools/ChatBot.Evaluation prompt-starters wrote.</summary>
    private static string[] PromptStarters(JsonElement root) =>
        Bot(root).GetProperty("commandLists").EnumerateArray()
            .SelectMany(l => l.GetProperty("commands").EnumerateArray())
            .Select(c => c.GetProperty("title").GetString()!)
            .Where(t => t.EndsWith('?'))
            .Distinct()
            .ToArray();

    private static JsonElement ReadManifest()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(s_folder, "manifest.json")));
        return manifest.RootElement.Clone();
    }

    private static JsonElement Bot(JsonElement root) => Assert.Single(root.GetProperty("bots").EnumerateArray());

    private static string Text(JsonElement root, string section, string name) =>
        root.GetProperty(section).GetProperty(name).GetString() ?? "";

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemVer();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColor();
}
