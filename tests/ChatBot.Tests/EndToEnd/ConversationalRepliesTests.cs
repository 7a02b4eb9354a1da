using System.Net.Http.Json;
using ChatBot.Api;

namespace ChatBot.Tests.EndToEnd;

/// <summary>
/// Issue 12's "Why" examples in the channels they were seen in: small talk, other languages and typos over the bot
/// endpoint, and <c>help</c>/<c>reset</c>/small talk over <c>/api/ask</c> (whose <c>kind</c> the web page badges by).
/// </summary>
public sealed class ConversationalRepliesTests(RealPipelineFactory factory) : IClassFixture<RealPipelineFactory>
{
    [Theory]
    [InlineData("hi")]
    [InlineData("thanks")]
    [InlineData("👍")]
    [InlineData("what can you do?")]
    public async Task SmallTalk_OverApiMessages_FriendlyReplyInsteadOfDecline(string message)
    {
        var bot = new BotClient(factory.CreateClient(), "emulator");

        var reply = (await bot.SayAsync(message))[0];

        Assert.DoesNotContain("doesn't say", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("**Sources**", reply.Text, StringComparison.Ordinal);
        Assert.NotEmpty(reply.SuggestedActions?.Actions ?? []);
    }

    [Theory]
    [InlineData("Что сказал Лавров об оружии?")]
    [InlineData("Was hat Lawrow über Waffen gesagt?")]
    public async Task OtherLanguage_OverApiMessages_SaysInEnglishWhatItAnswers(string question)
    {
        var bot = new BotClient(factory.CreateClient(), "emulator");

        var reply = (await bot.SayAsync(question))[0];

        Assert.Contains("only answer in English", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Lavrov & Blinken discuss situation in Ukraine", reply.Text, StringComparison.Ordinal);
        Assert.Matches(@"for example: \*.+\?\*", reply.Text);
    }

    [Fact]
    public async Task Typo_OverApiMessages_AnswersAndStatesTheReading()
    {
        var bot = new BotClient(factory.CreateClient(), "emulator");

        var reply = (await bot.SayAsync("what did lavrof say about weppons"))[0];

        Assert.StartsWith("Reading *Lavrov* for *lavrof* and *weapons* for *weppons*.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("prolong the conflict", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("emulator", null)]
    [InlineData("msteams", "personal")]
    public async Task QuestionWithTwoAsks_OverApiMessages_QuotesAnAnswerForEachPart(string channelId, string? conversationType)
    {
        var bot = new BotClient(factory.CreateClient(), channelId, conversationType: conversationType);

        var reply = (await bot.SayAsync("Who did Blinken want freed, and what did he threaten Russia with?"))[0];

        Assert.Contains("**Who did Blinken want freed?**", reply.Text, StringComparison.Ordinal);
        Assert.Contains("**What did he threaten Russia with?**", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Paul Whelan", reply.Text, StringComparison.Ordinal);
        Assert.Contains("additional significant costs on Russia", reply.Text, StringComparison.Ordinal);
        Assert.Matches(@"\*\*What did he threaten Russia with\?\*\*[^\n]*\[\d\]", reply.Text);
        if (channelId == "msteams")
        {
            Assert.Equal(
                System.Text.RegularExpressions.Regex.Matches(reply.Text, @"\[(\d+)\]").Select(m => m.Value).Distinct().Count(),
                reply.Entities[0].Properties["citation"]!.Count());
        }
    }

    [Fact]
    public async Task QuestionTheArticleLeavesOpen_OverApiMessages_SaysSoAndQuotesIt()
    {
        var bot = new BotClient(factory.CreateClient(), "emulator");

        var reply = (await bot.SayAsync("How did Lavrov respond to the proposal to release Griner and Whelan?"))[0];

        Assert.Contains("does not say. It only notes:", reply.Text, StringComparison.Ordinal);
        Assert.Contains("did not reveal the details regarding Lavrov's response", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help", "help", "**reset**")]
    [InlineData("/reset", "reset", "forgotten this conversation")]
    [InlineData("hi", "smallTalk", "Hi!")]
    [InlineData("who won the world cup in 1966 in England?", "notCovered", "")]
    [InlineData("how much?", "unclear", "Could you ask the whole question about the article")]
    public async Task ControlWordsAndSmallTalk_OverApiAsk_ReplyWithTheirKind(string question, string kind, string text)
    {
        var client = factory.CreateClient();

        var answer = await (await client.PostAsJsonAsync("/api/ask", new { question })).Content.ReadFromJsonAsync<AskResponse>();

        Assert.Equal(kind, answer!.Kind);
        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.Contains(text, answer.Answer, StringComparison.Ordinal);
    }
}
