namespace ChatBot.Knowledge.Tests;

public sealed class DocumentTermsTests
{
    private static readonly string[][] s_documents =
    [
        ["lavrov", "told", "blinken", "military", "equip", "ukrain", "prolong", "conflict"],
        ["blinken", "press", "kremlin", "accept", "propos", "blinken", "press"],
        [],
        ["military", "equip", "military", "equip"],
    ];

    [Theory]
    [InlineData("military equip ukrain")]
    [InlineData("blinken press kremlin blinken")]
    [InlineData("equip military unknown equip")]
    [InlineData("nothing here")]
    [InlineData("")]
    public void CountTermsAndPairs_AnyQuestion_SameAsSetsOfStrings(string question)
    {
        var analyzed = question.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var terms = DocumentTerms.Build(s_documents);

        var query = terms.Lookup(analyzed);

        for (var d = 0; d < s_documents.Length; d++)
        {
            var documentTerms = s_documents[d].ToHashSet();
            var documentPairs = Pairs(s_documents[d]);
            Assert.Equal(analyzed.Distinct().Count(documentTerms.Contains), terms.CountTerms(d, query));
            Assert.Equal(Pairs(analyzed).Count(documentPairs.Contains), terms.CountPairs(d, query));
        }
    }

    private static HashSet<string> Pairs(string[] terms) =>
        Enumerable.Range(1, Math.Max(0, terms.Length - 1)).Select(i => $"{terms[i - 1]} {terms[i]}").ToHashSet();
}
