using ChatBot.Answering.Extractive;
using ChatBot.Answering.Tests.Fakes;
using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Tests;

/// <summary>
/// A sentence that says "he" or "the German" is about the person named before it, so it covers a question that
/// names that person; it does not take the other names of that sentence, and a sentence that names its own subject
/// takes none.
/// </summary>
public sealed class ReferredNamesTests
{
    private const string Story =
        "Red Bull driver Sebastian Vettel finished second in Austin.\n\n" +
        "But the German, angry on the radio, blamed Narain Karthikeyan for slowing him down.\n\n" +
        "Alonso finished third.\n\n" +
        "Mahmoud Ahmadinejad spoke in New York. He sent greetings to Jews in Iran. He took a phone call.";

    [Fact]
    public void AddTo_SentenceThatRefersBack_HoldsThePersonNamedBefore()
    {
        Assert.Contains(TextTerms.Stem("Vettel"), StemsOf(1, 0));
    }

    [Fact]
    public void AddTo_PronounAfterASentenceWithoutPeople_TakesThePersonNamedEarlierAndNoOtherName()
    {
        var stems = StemsOf(3, 2);

        Assert.Contains(TextTerms.Stem("Ahmadinejad"), stems);
        Assert.DoesNotContain(TextTerms.Stem("Jews"), stems);
        Assert.DoesNotContain(TextTerms.Stem("Iran"), stems);
    }

    [Fact]
    public void AddTo_SentenceThatNamesItsSubject_TakesNoNameBeforeIt()
    {
        var stems = StemsOf(2, 0);

        Assert.DoesNotContain(TextTerms.Stem("Karthikeyan"), stems);
        Assert.DoesNotContain(TextTerms.Stem("Vettel"), stems);
    }

    [Fact]
    public void AddTo_FirstSentenceOfTheArticle_HasNothingToReferTo()
    {
        var article = TestArticles.FromText("a", "A", "He won the race.");
        var stems = new HashSet<string>(StringComparer.Ordinal);

        ReferredNames.AddTo(stems, article, article.Paragraphs[0], new ArticleStatistics(article));

        Assert.Empty(stems);
    }

    private static HashSet<string> StemsOf(int paragraph, int sentence)
    {
        var article = TestArticles.FromText("f1", "Formula One", Story);
        var p = article.Paragraphs[paragraph];
        var stems = new HashSet<string>(StringComparer.Ordinal);
        ReferredNames.AddTo(stems, article, p, p.Sentences[sentence], new ArticleStatistics(article));
        return stems;
    }
}
