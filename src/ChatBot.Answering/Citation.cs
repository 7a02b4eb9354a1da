namespace ChatBot.Answering;

/// <summary>An exact quote of an article that supports a claim in the answer.</summary>
/// <param name="Id">The number of the [n] marker in the answer.</param>
/// <param name="Paragraph">1-based paragraph number within the article.</param>
/// <param name="Start">Offset of the quote in the article text; <c>text[Start..End] == Quote</c>.</param>
public sealed record Citation(
    int Id,
    string ArticleId,
    string Title,
    int Paragraph,
    string Quote,
    int Start,
    int End,
    double Score);
