using ChatBot.Knowledge;

namespace ChatBot.Answering.Conversation;

/// <summary>Positions of sentences in reading order across an article's paragraphs.</summary>
internal static class SentenceOrdinals
{
    /// <returns>The 0-based position of the sentence holding <paramref name="offset"/>, or -1 when none does.</returns>
    public static int Of(Article article, int offset)
    {
        var ordinal = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            if (offset >= paragraph.Span.End)
            {
                ordinal += paragraph.Sentences.Count;
                continue;
            }

            foreach (var sentence in paragraph.Sentences)
            {
                if (offset < sentence.End)
                {
                    return offset >= sentence.Start ? ordinal : -1;
                }

                ordinal++;
            }
        }

        return -1;
    }
}
