using System.ComponentModel.DataAnnotations;

namespace ChatBot.Answering;

/// <summary>How the answerer chooses evidence, when it abstains and how much history it reads (section "Answering").</summary>
public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    /// <summary>
    /// The answer-or-decline operating point: the bot says the articles do not cover a question when
    /// <see cref="Extractive.AnswerabilityModel"/> gives its best quote a lower probability than this. Chosen with
    /// <c>tools/ChatBot.Evaluation fit-answerability</c> (tune halves; the trade-off is in the README).
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinAnswerability { get; set; } = 0.3;

    /// <summary>Most citations in one answer; a second one is added only when it is nearly as good as the first.</summary>
    [Range(1, 5)]
    public int MaxCitations { get; set; } = 2;

    /// <summary>A second sentence is cited when its score reaches this fraction of the best one.</summary>
    [Range(0.0, 1.0)]
    public double SecondCitationRatio { get; set; } = 0.9;

    /// <summary>
    /// A sentence right before or after a quoted one joins that quote when its score reaches this fraction of the best
    /// one: lower than <see cref="SecondCitationRatio"/> because the answer often sits in the sentence that leans on the
    /// best match ("All three apparently lacked tentacles"). Tune half 0.7 / 0.8 / 0.9: first citations 0.8495 /
    /// 0.8495 / 0.8477.
    /// </summary>
    [Range(0.0, 1.0)]
    public double AdjacentCitationRatio { get; set; } = 0.8;

    /// <summary>Quotes are trimmed to a clause so they stay shorter than this many characters.</summary>
    [Range(80, 2000)]
    public int MaxQuoteLength { get; set; } = 300;

    /// <summary>Earlier turns a follow-up question may lean on.</summary>
    [Range(0, 20)]
    public int HistoryTurns { get; set; } = 3;

    /// <summary>Paragraphs asked from the retriever for one question.</summary>
    [Range(1, 50)]
    public int MaxPassages { get; set; } = 5;

    /// <summary>
    /// Paragraphs of the conversation's focus article searched for a follow-up (the question with the previous one
    /// prepended): enough to cover a news story, so the sentence after the last answer is always a candidate.
    /// </summary>
    [Range(1, 100)]
    public int FocusPassages { get; set; } = 12;

    /// <summary>Follow-up questions offered with each answer.</summary>
    [Range(0, 10)]
    public int FollowUpCount { get; set; } = 3;

    /// <summary>Weights of the sentence-selection features, tuned on the SQuAD sample (see the evaluation tool).</summary>
    [Required]
    public SentenceScoringOptions Scoring { get; set; } = new();
}
