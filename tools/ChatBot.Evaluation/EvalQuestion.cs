using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Evaluation;

/// <summary>One line of questions.jsonl; <see cref="Paragraph"/> is the 0-based paragraph index in the article.</summary>
internal sealed record EvalQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answers")] IReadOnlyList<string> Answers,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("paragraph")] int Paragraph)
{
    public bool IsIn(QuestionSplit split) => split switch
    {
        QuestionSplit.All => true,
        QuestionSplit.Tune => IsTune,
        _ => !IsTune,
    };

    private bool IsTune => SHA256.HashData(Encoding.UTF8.GetBytes(Id))[0] % 2 == 0;

    public static async Task<IReadOnlyList<EvalQuestion>> LoadAsync(string path, QuestionSplit split, CancellationToken cancellationToken)
    {
        var questions = new List<EvalQuestion>();
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            if (!string.IsNullOrWhiteSpace(line) && JsonSerializer.Deserialize<EvalQuestion>(line) is { } question && question.IsIn(split))
            {
                questions.Add(question);
            }
        }

        return questions;
    }
}
