using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Evaluation.PromptStarters;

/// <summary>
/// Writes prompt starters into the bot's command list of a Teams manifest: the questions first (Teams shows them
/// before the user types), then the commands that are not questions (<c>help</c>, <c>reset</c>), kept as they are.
/// </summary>
internal static class ManifestWriter
{
    /// <summary>Teams accepts at most ten commands in a command list.</summary>
    public const int MaxCommands = 10;

    private static readonly JsonSerializerOptions s_writeOptions = new()
    {
        WriteIndented = true,
        // Keep “quotes” and other non-ASCII text readable in the file, as a person would write it.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(string path, IReadOnlyList<PromptStarter> starters, CancellationToken cancellationToken)
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken))?.AsObject()
            ?? throw new InvalidDataException($"{path} is not a JSON object.");
        var bot = manifest["bots"]?[0]?.AsObject() ?? throw new InvalidDataException($"{path} declares no bot.");
        var list = bot["commandLists"]?[0]?.AsObject() ?? throw new InvalidDataException($"{path}: the bot has no commandLists.");
        var fixedCommands = (list["commands"]?.AsArray() ?? [])
            .Where(c => c?["title"]?.GetValue<string>() is { } title && !title.EndsWith('?'))
            .Select(c => c!.DeepClone())
            .ToList();

        var commands = new JsonArray();
        foreach (var starter in starters.Take(MaxCommands - fixedCommands.Count))
        {
            commands.Add(new JsonObject { ["title"] = starter.Title, ["description"] = starter.Description });
        }

        fixedCommands.ForEach(commands.Add);
        list["commands"] = commands;
        await File.WriteAllTextAsync(path, manifest.ToJsonString(s_writeOptions) + "\n", cancellationToken);
    }
}
