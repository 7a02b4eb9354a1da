using System.ComponentModel.DataAnnotations;

namespace ChatBot.Answering;

/// <summary>
/// Weights of the features that rank candidate sentences and of those that make up the abstention evidence
/// (section "Answering:Scoring"). The defaults come from a small grid over these weights on the SQuAD dev sample
/// (every 3rd question), scored by "first citation holds a gold answer", the measure the evaluation tool's
/// <c>answers</c> command reports; the landscape is flat (0.82–0.845) around them. Change them only with new numbers.
/// </summary>
public sealed class SentenceScoringOptions
{
    /// <summary>The retriever's fused sentence score.</summary>
    [Range(0.0, 10.0)]
    public double Retrieval { get; set; } = 1.0;

    /// <summary>Cosine similarity of question and sentence embeddings.</summary>
    [Range(0.0, 10.0)]
    public double Semantic { get; set; } = 0.5;

    /// <summary>IDF-weighted share of the question's content words found in the sentence.</summary>
    [Range(0.0, 10.0)]
    public double Overlap { get; set; } = 1.0;

    /// <summary>The sentence holds the kind of thing asked for (a date for "when", a number for "how many").</summary>
    [Range(0.0, 10.0)]
    public double AnswerType { get; set; } = 0.5;

    /// <summary>The paragraph's fused score, so a strong passage lifts its sentences.</summary>
    [Range(0.0, 10.0)]
    public double Passage { get; set; } = 1.0;

    /// <summary>
    /// For "when" and "how many" questions, a sentence holding a date or figure goes first when its score is at least
    /// this fraction of the best one's (1 turns this off).
    /// </summary>
    [Range(0.0, 1.0)]
    public double TypeGate { get; set; } = 0.9;

    /// <summary>Evidence (what abstention thresholds): weight of the sentence's embedding similarity.</summary>
    [Range(0.0, 1.0)]
    public double EvidenceSemantic { get; set; } = 0.3;

    /// <summary>Evidence: weight of the IDF-weighted share of the question's words in the sentence and its paragraph.</summary>
    [Range(0.0, 1.0)]
    public double EvidenceCoverage { get; set; } = 0.3;

    /// <summary>Evidence: weight of the retriever's paragraph score (its estimate that the paragraph answers).</summary>
    [Range(0.0, 1.0)]
    public double EvidencePassage { get; set; } = 0.4;

    /// <summary>Evidence: weight of holding the kind of answer asked for (full weight when the kind is unknown).</summary>
    [Range(0.0, 1.0)]
    public double EvidenceAnswerType { get; set; } = 0.0;

    /// <summary>
    /// Embedding similarity between the sentence and the question's topic words alone (names and question words left
    /// out), so "what did Lavrov say about weapons?" prefers the sentence about military equipment among the many
    /// that name Lavrov.
    /// </summary>
    [Range(0.0, 10.0)]
    public double Topic { get; set; } = 1.5;

    /// <summary>
    /// How close in meaning (<see cref="Knowledge.IWordSimilarity"/>) a paragraph's word must be to a word of the question
    /// to count, by its similarity, as saying it in other words (1 turns this off). On the CoQA sample's tune half, one
    /// story in scope, 0.5 / 0.55 / 0.6 / 0.65 / 0.7 / off gave first turns 0.325 / 0.349 / 0.361 / 0.361 / 0.349 / 0.349
    /// and follow-ups 0.452 / 0.430 / 0.437 / 0.430 / 0.430 / 0.400; 0.6 also keeps "weather" from "February" (0.37).
    /// </summary>
    [Range(0.0, 1.0)]
    public double CloseWords { get; set; } = 0.6;

    /// <summary>
    /// The most articles in view for which <see cref="CloseWords"/> applies (the answer-or-decline model's few-articles
    /// setting). A story's reader words a question loosely; a corpus holds a close word for almost any word, and with all
    /// twelve SQuAD articles loaded close words let 4 of 80 off-topic questions through instead of 2 ("Who was the first
    /// woman in space?"). A paragraph's words also cost the word model about 1 ms each the first time, which a large
    /// archive would pay on most questions.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int CloseWordsArticles { get; set; } = 6;
}
