using System.Text.Json;
using ChatBot.Answering.Tests.Fixtures;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Tests.SmallTalk;

/// <summary>Real English questions (the SQuAD sample's 4,498, by crowdworkers) and the vocabulary of their articles.</summary>
internal static class EnglishQuestions
{
    public static IReadOnlyList<string> Squad { get; } = File.ReadLines(Path.Combine(RepositoryPaths.SquadSample, "questions.jsonl"))
        .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!)
        .Where(q => q.Trim().Length > 0)
        .ToList();

    public static ArticleVocabulary SquadVocabulary { get; } = new(
        Directory.GetFiles(RepositoryPaths.SquadSample, "*.txt")
            .Select(f => new Article(Path.GetFileNameWithoutExtension(f), "", null, null, File.ReadAllText(f), [])));

    public static IReadOnlyList<(string Language, string Question)> OtherLanguages { get; } = File.ReadLines(
            Path.Combine(RepositoryPaths.Root, "tests", "ChatBot.Answering.Tests", "Data", "other-language-questions.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => (l[..l.IndexOf('\t', StringComparison.Ordinal)], l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..]))
        .ToList();
}
