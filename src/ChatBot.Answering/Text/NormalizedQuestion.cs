using System.Text;

namespace ChatBot.Answering.Text;

/// <summary>The question with its misspelt words read as the articles spell them, and which words those were.</summary>
internal sealed record NormalizedQuestion(string Text, IReadOnlyList<SpellingCorrection> Corrections)
{
    /// <summary>Puts "Reading *Lavrov* for *lavrof*." in front of the answer, so the user sees how the question was read.</summary>
    public Answer Annotate(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (Corrections.Count == 0)
        {
            return answer;
        }

        var note = new StringBuilder("Reading ");
        for (var i = 0; i < Corrections.Count; i++)
        {
            note.Append(i == 0 ? "" : i == Corrections.Count - 1 ? " and " : ", ")
                .Append('*').Append(Corrections[i].Corrected).Append("* for *").Append(Corrections[i].Original).Append('*');
        }

        return answer with { Markdown = note.Append(".\n\n").Append(answer.Markdown).ToString() };
    }
}
