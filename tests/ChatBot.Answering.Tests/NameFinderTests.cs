using ChatBot.Answering.Text;

namespace ChatBot.Answering.Tests;

public sealed class NameFinderTests
{
    [Fact]
    public void Find_TitlesAndSurnames_NamePeopleInFull()
    {
        const string text = "Russian Foreign Minister Sergey Lavrov met US Secretary of State, Antony Blinken. Later, Lavrov spoke.";

        var people = NameFinder.Find(text, 0, text.Length).Where(m => m.Kind == NameKind.Person).Select(m => m.Name).ToList();

        Assert.Equal(["Sergey Lavrov", "Antony Blinken", "Sergey Lavrov"], people);
    }

    [Fact]
    public void Find_OrganisationsAndPlaces_AreToldApart()
    {
        const string text = "The Russian Foreign Ministry said the Kremlin and the United Nations met in Istanbul, according to AP.";

        var mentions = NameFinder.Find(text, 0, text.Length);

        Assert.Contains(mentions, m => m is { Name: "Russian Foreign Ministry", Kind: NameKind.Organisation });
        Assert.Contains(mentions, m => m is { Name: "Kremlin", Kind: NameKind.Organisation });
        Assert.Contains(mentions, m => m is { Name: "United Nations", Kind: NameKind.Organisation });
        Assert.Contains(mentions, m => m is { Name: "AP", Kind: NameKind.Organisation });
        Assert.Contains(mentions, m => m is { Name: "Istanbul", Kind: NameKind.Place });
        Assert.All(mentions, m => Assert.Equal(m.Name, text[m.Start..m.End]));
    }

    [Fact]
    public void Find_DaysAndSentenceStarts_AreNotNames()
    {
        const string text = "Meanwhile, on Friday, 29 July, nothing happened. However, it rained.";

        Assert.DoesNotContain(NameFinder.Find(text, 0, text.Length), m => m.Kind is NameKind.Person or NameKind.Organisation);
    }
}
