using ChatBot.Knowledge;

namespace ChatBot.Answering.Llm;

/// <summary>How well a passage supports a claim, and the passage sentence that supports it best (the quote).</summary>
/// <param name="Score">The mean of <paramref name="Lexical"/> and <paramref name="Semantic"/>; 0 when the claim adds a number.</param>
internal sealed record Support(double Score, double Lexical, double Semantic, TextSpan Quote);
