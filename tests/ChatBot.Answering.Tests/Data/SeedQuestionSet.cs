using System.Text.Json;
using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests.Data;

/// <summary>The seed-article test set in Data/seed-article-questions.json.</summary>
public sealed record SeedQuestionSet(IReadOnlyList<SeedQuestion> Answerable, IReadOnlyList<string> OffTopic)
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    public static SeedQuestionSet Load()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "ChatBot.Answering.Tests", "Data", "seed-article-questions.json");
        return JsonSerializer.Deserialize<SeedQuestionSet>(File.ReadAllText(path), s_json)
            ?? throw new InvalidDataException(path + " is empty.");
    }
}
