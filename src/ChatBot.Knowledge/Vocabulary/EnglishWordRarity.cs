namespace ChatBot.Knowledge;

/// <summary>
/// How rare a word is in English, from 0 ("the") to 1 (not among the ~20,000 commonest words): the log of its frequency
/// rank in <see cref="EnglishLexicon"/>. A question word the articles do not use says more when it is rare
/// ("sourdough") than when it is everyday English ("want", "start") that a short article happens to lack.
/// </summary>
public static class EnglishWordRarity
{
    public static double Of(string lowerCaseWord)
    {
        var ranks = EnglishLexicon.Ranks;
        return ranks.TryGetValue(lowerCaseWord, out var rank) ? Math.Log(1 + rank) / Math.Log(1 + ranks.Count) : 1;
    }
}
