using ChatBot.Answering.Extractive;

namespace ChatBot.Answering.Conversation;

/// <summary>
/// What a follow-up's candidate sentence looks like to <see cref="ConversationRanker"/>: how well it answers the
/// question as resolved (searched everywhere in scope) and the question with the previous one prepended (searched
/// in the focus article), and where it sits relative to the sentence the previous answer quoted. Conversations
/// move through a story, so "the next sentence" and "the same paragraph" carry weight a lone question lacks.
/// </summary>
internal static class FollowUpFeatures
{
    /// <summary>Index of the evidence feature: the better abstention evidence of the two searches.</summary>
    public const int Evidence = 11;

    /// <summary>Feature names, in vector order, for the fitting tool's report.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "question_score", "question_missing", "expanded_score", "expanded_missing",
        "same_sentence", "next_sentence", "next_2_3", "next_4_8", "previous_1_3",
        "same_paragraph", "focus_article", "evidence", "answer_type", "semantic",
    ];

    /// <param name="fromQuestion">The candidate as ranked for the resolved question, or null when that search did not return it.</param>
    /// <param name="fromExpanded">The candidate as ranked for the expanded question in the focus article, or null.</param>
    public static double[] Of(ConversationFocus focus, SentenceCandidate? fromQuestion, SentenceCandidate? fromExpanded)
    {
        var candidate = fromQuestion ?? fromExpanded ?? throw new ArgumentException("A candidate comes from at least one search.");
        var inFocus = candidate.Article.Id == focus.Article.Id;
        var distance = inFocus ? SentenceOrdinals.Of(candidate.Article, candidate.Sentence.Span.Start) - focus.SentenceOrdinal : int.MinValue;
        return
        [
            fromQuestion?.Score ?? 0,
            fromQuestion is null ? 1 : 0,
            fromExpanded?.Score ?? 0,
            fromExpanded is null ? 1 : 0,
            distance == 0 ? 1 : 0,
            distance == 1 ? 1 : 0,
            distance is 2 or 3 ? 1 : 0,
            distance is >= 4 and <= 8 ? 1 : 0,
            distance is >= -3 and <= -1 ? 1 : 0,
            inFocus && candidate.Paragraph.Number == focus.Paragraph ? 1 : 0,
            inFocus ? 1 : 0,
            Math.Max(fromQuestion?.Evidence ?? 0, fromExpanded?.Evidence ?? 0),
            candidate.TypeMatch,
            candidate.Sentence.Semantic,
        ];
    }
}
