namespace ChatBot.Knowledge;

/// <summary>One article from the content folder, with its text exactly as served to users.</summary>
/// <remarks>Every offset in <see cref="Paragraphs"/> and their sentences indexes into <see cref="Text"/>.</remarks>
public sealed record Article(
    string Id,
    string Title,
    DateOnly? Date,
    string? Source,
    string Text,
    IReadOnlyList<Paragraph> Paragraphs)
{
    public string Slice(TextSpan span) => Text[span.Start..span.End];
}
