namespace ChatBot.Evaluation.Answerability;

/// <summary>A line of one-story-questions.tsv: a reader's question about one CoQA story, answerable or left open.</summary>
internal sealed record OneStoryQuestion(string Story, bool Answerable, string Question, string Gold)
{
    public static IReadOnlyList<OneStoryQuestion> Load(string path) =>
        DataLines.Read(path)
            .Select(line => line.Split('\t'))
            .Select(cells => new OneStoryQuestion(cells[0], cells[1] == "answerable", cells[2], cells.Length > 3 ? cells[3] : string.Empty))
            .ToList();
}
