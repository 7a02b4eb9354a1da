using System.ComponentModel.DataAnnotations;

namespace ChatBot.Answering;

/// <summary>How the answerer chooses evidence, when it abstains and how much history it reads (section "Answering").</summary>
public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    /// <summary>
    /// Evidence below this abstains ("the article doesn't say"). Calibrated with the evaluation tool's <c>answers</c>
    /// command on the SQuAD tune split (answerable, unanswerable and 24 off-topic questions) and on the seed article:
    /// at 0.32, 98.9% of SQuAD's answerable test questions are still answered, 79% of off-topic questions abstain,
    /// and seed-article paraphrases that share no keyword with the article (evidence from about 0.32) still pass,
    /// while its off-topic questions stay below 0.25. SQuAD's unanswerable questions are written to look answerable
    /// and mostly score like answerable ones: few are caught (recall 0.02-0.03, precision 0.67-0.68).
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinEvidence { get; set; } = 0.32;

    /// <summary>Most citations in one answer; a second one is added only when it is nearly as good as the first.</summary>
    [Range(1, 5)]
    public int MaxCitations { get; set; } = 2;

    /// <summary>A second sentence is cited when its score reaches this fraction of the best one.</summary>
    [Range(0.0, 1.0)]
    public double SecondCitationRatio { get; set; } = 0.9;

    /// <summary>Quotes are trimmed to a clause so they stay shorter than this many characters.</summary>
    [Range(80, 2000)]
    public int MaxQuoteLength { get; set; } = 300;

    /// <summary>Earlier turns a follow-up question may lean on.</summary>
    [Range(0, 20)]
    public int HistoryTurns { get; set; } = 3;

    /// <summary>Paragraphs asked from the retriever for one question.</summary>
    [Range(1, 50)]
    public int MaxPassages { get; set; } = 5;

    /// <summary>Follow-up questions offered with each answer.</summary>
    [Range(0, 10)]
    public int FollowUpCount { get; set; } = 3;

    /// <summary>Weights of the sentence-selection features, tuned on the SQuAD sample (see the evaluation tool).</summary>
    [Required]
    public SentenceScoringOptions Scoring { get; set; } = new();
}
