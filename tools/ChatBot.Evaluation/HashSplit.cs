using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Evaluation;

/// <summary>
/// The tune/test rule for the CoQA news sample (stories, out-of-corpus probes) and the off-topic questions: an item
/// is tune when the <em>second</em> byte of the SHA-256 of its key is even. The first byte is even for the whole
/// public CoQA sample (it is how the public half was drawn), so that byte cannot split it; SQuAD keeps its own rule
/// (<see cref="EvalQuestion"/>).
/// </summary>
internal static class HashSplit
{
    public static bool IsTune(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key))[1] % 2 == 0;

    public static bool IsIn(string key, QuestionSplit split) => split == QuestionSplit.All || IsTune(key) == (split == QuestionSplit.Tune);
}
