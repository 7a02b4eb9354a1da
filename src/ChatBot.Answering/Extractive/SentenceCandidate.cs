using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>A sentence that may answer the question, with the score that ranks it and the evidence that gates it.</summary>
/// <param name="Score">Ranking score: a weighted sum of the selection features.</param>
/// <param name="Evidence">0–1: how well the sentence and its paragraph cover the question; abstain below the threshold.</param>
/// <param name="TypeMatch">1 when the sentence holds the kind of thing asked for (<see cref="AnswerTypeCues.Match"/>).</param>
internal sealed record SentenceCandidate(RetrievedPassage Passage, ScoredSentence Sentence, double Score, double Evidence, double TypeMatch)
{
    public Article Article => Passage.Article;

    public Paragraph Paragraph => Passage.Paragraph;
}
