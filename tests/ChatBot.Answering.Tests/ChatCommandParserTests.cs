using ChatBot.Answering.Commands;

namespace ChatBot.Answering.Tests;

public sealed class ChatCommandParserTests
{
    [Theory]
    [InlineData("summary")]
    [InlineData("Summary please")]
    [InlineData("What is this article about?")]
    [InlineData("what's the article about")]
    [InlineData("give me a summary of the article")]
    [InlineData("tl;dr")]
    [InlineData("What is the Formula One story about?")]
    [InlineData("summarise the oil crisis article")]
    public void Parse_SummaryWording_IsSummary(string text) => Assert.Equal(ChatCommand.Summary, ChatCommandParser.Parse(text));

    [Theory]
    [InlineData("who is mentioned?")]
    [InlineData("Who's mentioned in the article")]
    [InlineData("which people are mentioned")]
    [InlineData("list the people and organisations")]
    public void Parse_MentionsWording_IsMentions(string text) => Assert.Equal(ChatCommand.Mentions, ChatCommandParser.Parse(text));

    [Theory]
    [InlineData("What did Lavrov say about weapons?")]
    [InlineData("who is Paul Whelan?")]
    [InlineData("what is the summary proposal?")]
    [InlineData("What is the embargo about?")]
    public void Parse_FactQuestion_IsNone(string text) => Assert.Equal(ChatCommand.None, ChatCommandParser.Parse(text));

    [Theory]
    [InlineData("tell me more")]
    [InlineData("Tell me more, please")]
    [InlineData("go on")]
    [InlineData("what else?")]
    [InlineData("Anything else?")]
    [InlineData("ok, and then?")]
    [InlineData("what happened next?")]
    [InlineData("more details please")]
    [InlineData("can you elaborate on that?")]
    [InlineData("explain")]
    [InlineData("can you explain that, please?")]
    public void Parse_AskForMoreInConversation_IsMore(string text) => Assert.Equal(ChatCommand.More, ChatCommandParser.Parse(text, inConversation: true));

    [Fact]
    public void Parse_AskForMoreBeforeAnyAnswer_IsSummary() => Assert.Equal(ChatCommand.Summary, ChatCommandParser.Parse("tell me more", inConversation: false));

    [Theory]
    [InlineData("tell me more about the proposal")]
    [InlineData("explain the annexation plans")]
    [InlineData("what else can you do?")]
    [InlineData("who else was there?")]
    [InlineData("ok thanks")]
    public void Parse_QuestionOrSmallTalkWithMoreWords_IsNone(string text) => Assert.Equal(ChatCommand.None, ChatCommandParser.Parse(text, inConversation: true));
}
