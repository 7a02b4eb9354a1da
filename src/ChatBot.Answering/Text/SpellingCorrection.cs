namespace ChatBot.Answering.Text;

/// <summary>A word of the question read as another: <paramref name="Original"/> as typed, <paramref name="Corrected"/> as the articles spell it.</summary>
internal sealed record SpellingCorrection(string Original, string Corrected);
