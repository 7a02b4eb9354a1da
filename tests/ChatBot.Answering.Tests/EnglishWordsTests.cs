using ChatBot.Answering.Text;

namespace ChatBot.Answering.Tests;

/// <summary>Which lower-case words of a question read as a name the user did not capitalise.</summary>
public sealed class EnglishWordsTests
{
    [Theory]
    [InlineData("zelensky")] // in no word list
    [InlineData("merkel")]
    [InlineData("putin")] // WordNet writes it only as "Putin"
    [InlineData("sofia")]
    public void IsName_NameTypedInLowerCase_IsAName(string word)
    {
        Assert.True(EnglishWords.Default.IsName(word));
    }

    [Theory]
    [InlineData("sourdough")]
    [InlineData("trump")] // a word as well as a name
    [InlineData("freed")] // inflected
    [InlineData("anyone")] // not in WordNet, in the embedding model's words
    public void IsName_EnglishWord_IsNoName(string word)
    {
        Assert.False(EnglishWords.Default.IsName(word));
    }

    [Theory]
    [InlineData("weppons")] // one letter changed
    [InlineData("acceration")] // two letters left out of a long word
    [InlineData("reffered")]
    [InlineData("feedsentirely")] // two words run together
    public void IsName_MisspeltWord_IsNoName(string word)
    {
        Assert.False(EnglishWords.Default.IsName(word));
    }
}
