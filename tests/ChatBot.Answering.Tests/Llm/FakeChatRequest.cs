using System.Text.Json;

namespace ChatBot.Answering.Tests.Llm;

/// <summary>A chat completions request as the fake server received it.</summary>
internal sealed record FakeChatRequest(string Path, JsonElement Body)
{
    public bool Stream => Body.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True;

    public IReadOnlyList<(string Role, string Content)> Messages =>
        [.. Body.GetProperty("messages").EnumerateArray().Select(m => (
            m.GetProperty("role").GetString() ?? string.Empty,
            m.TryGetProperty("content", out var content) ? ContentText(content) : string.Empty))];

    public string SystemMessage => string.Join("\n", Messages.Where(m => m.Role == "system").Select(m => m.Content));

    public string UserMessage => string.Join("\n", Messages.Where(m => m.Role == "user").Select(m => m.Content));

    public bool OffersTools => Body.TryGetProperty("tools", out var tools) && tools.GetArrayLength() > 0;

    private static string ContentText(JsonElement content) => content.ValueKind switch
    {
        JsonValueKind.String => content.GetString() ?? string.Empty,
        JsonValueKind.Array => string.Concat(content.EnumerateArray()
            .Select(part => part.TryGetProperty("text", out var text) ? text.GetString() : string.Empty)),
        _ => string.Empty,
    };
}
