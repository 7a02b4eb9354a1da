namespace ChatBot.Evaluation;

/// <summary>
/// Which questions to use. A question belongs to the tune split when the first byte of the SHA-256 of its
/// SQuAD id is even (about half, spread over all 12 articles); the rest are the test split, never used to tune.
/// </summary>
internal enum QuestionSplit
{
    Tune,
    Test,
    All,
}
