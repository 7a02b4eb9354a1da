using System.Text.Json;

namespace ChatBot.Evaluation.Dialogs;

/// <summary>One JSON line per dialog turn, to read what the bot understood and quoted next to the gold answers.</summary>
internal static class DialogDump
{
    public static async Task WriteAsync(string path, IReadOnlyList<DialogTurnOutcome> outcomes, CancellationToken cancellationToken)
    {
        var lines = outcomes.Select(o => JsonSerializer.Serialize(new
        {
            dialog = o.Dialog.Id,
            turn = o.Turn,
            question = o.Gold.Question,
            resolved = o.Answer.StandaloneQuestion,
            answered = o.Answer.Answered,
            right = o.FirstHoldsGold,
            article = o.First?.ArticleId,
            quote = o.First?.Quote,
            gold = o.Gold.Answers,
            kind = o.Gold.Kind,
        }));
        await File.WriteAllLinesAsync(path, lines, cancellationToken);
    }
}
