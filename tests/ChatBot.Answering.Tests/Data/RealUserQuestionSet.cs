using System.Text.Json;
using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests.Data;

/// <summary>The real-user question set in Data/real-user-questions.json.</summary>
public sealed record RealUserQuestionSet(IReadOnlyList<RealUserQuestion> Questions)
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    public static RealUserQuestionSet Load()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "ChatBot.Answering.Tests", "Data", "real-user-questions.json");
        return JsonSerializer.Deserialize<RealUserQuestionSet>(File.ReadAllText(path), s_json)
            ?? throw new InvalidDataException(path + " is empty.");
    }
}
