using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Evaluation.Dialogs;

/// <summary>
/// One line of a CoQA-style <c>dialogs.jsonl</c>: a conversation about one article, its turns in order. Split by
/// its article id (<see cref="HashSplit"/>), so every conversation about a story lands on the same side and the test
/// side holds stories never tuned on (59 of the public sample's 101 stories, 84 of its 146 dialogs, are tune).
/// </summary>
internal sealed record EvalDialog(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("turns")] IReadOnlyList<EvalDialogTurn> Turns)
{
    public bool IsIn(QuestionSplit split) => HashSplit.IsIn(Article, split);

    public static async Task<IReadOnlyList<EvalDialog>> LoadAsync(string path, QuestionSplit split, CancellationToken cancellationToken)
    {
        var dialogs = new List<EvalDialog>();
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            if (!string.IsNullOrWhiteSpace(line) && JsonSerializer.Deserialize<EvalDialog>(line) is { } dialog && dialog.IsIn(split))
            {
                dialogs.Add(dialog);
            }
        }

        return dialogs;
    }
}
