namespace ChatBot.Knowledge.Tests;

public sealed class EnglishWordRarityTests
{
    [Fact]
    public void Of_OrdersEverydayWordsBeforeRareOnes()
    {
        Assert.True(EnglishWordRarity.Of("the") < 0.05);
        Assert.True(EnglishWordRarity.Of("want") < EnglishWordRarity.Of("weather"));
        Assert.True(EnglishWordRarity.Of("start") < EnglishWordRarity.Of("recipe"));
        Assert.True(EnglishWordRarity.Of("recipe") < 1);
    }

    [Theory]
    [InlineData("sourdough")]
    [InlineData("lasagna")]
    [InlineData("xqzt")]
    public void Of_WordOutsideTheCommonestEnglish_IsRarest(string word)
    {
        Assert.Equal(1, EnglishWordRarity.Of(word));
    }
}
