using System.Buffers.Binary;
using System.Text.Json;
using ChatBot.Tests.EndToEnd;

namespace ChatBot.Tests;

/// <summary>The Teams app package in appPackage/ is what Teams accepts: a manifest naming a bot, and icons of the right kind.</summary>
public sealed class AppPackageTests
{
    private static readonly string s_folder = Path.Combine(RepositoryRoot.Path, "appPackage");

    [Fact]
    public void Manifest_Always_DeclaresBotWithHelpAndResetAndItsIcons()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(s_folder, "manifest.json")));
        var root = manifest.RootElement;

        var bot = root.GetProperty("bots")[0];
        Assert.True(Guid.TryParse(bot.GetProperty("botId").GetString(), out _));
        Assert.Contains("personal", bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var commands = bot.GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString());
        Assert.Equal(["help", "reset"], commands);
        Assert.InRange(root.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(root.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.Equal("color.png", root.GetProperty("icons").GetProperty("color").GetString());
        Assert.Equal("outline.png", root.GetProperty("icons").GetProperty("outline").GetString());
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
}
