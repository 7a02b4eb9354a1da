using ChatBot.Terminal;
using ChatBot.Tests.Bot;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Tests.Terminal;

/// <summary>The terminal chat runs the same bot through the in-process console adapter.</summary>
public sealed class TerminalChatTests
{
    [Fact]
    public async Task Run_WelcomeQuestionAndFollowUp_PrintsCitedAnswersWithSources()
    {
        var harness = new BotTestHarness(ConsoleAdapter.ChannelId, "personal");
        var output = new StringWriter();
        var adapter = new ConsoleAdapter(output, harness.Memories, NullLogger<ConsoleAdapter>.Instance);
        var chat = new TerminalChat(adapter, harness.CreateBot);
        var input = new StringReader("what did Lavrov say about military equipment?\nand what did he accuse the West of?\nexit\nnever read\n");

        await chat.RunAsync(input, output, CancellationToken.None);

        var printed = output.ToString();
        Assert.Contains("What I know:", printed);
        Assert.Contains("  > What did Lavrov say about weapons?", printed);
        Assert.Contains("prolong the conflict. [1]", printed);
        Assert.Contains("\nSources\n", printed.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("**", printed);
        Assert.Equal(2, harness.Answerer.Questions.Count);
        Assert.Single(harness.Answerer.Questions.Last().History);
    }

    [Fact]
    public async Task Ask_OneQuestion_PrintsOneAnswer()
    {
        var harness = new BotTestHarness(ConsoleAdapter.ChannelId, "personal");
        var output = new StringWriter();
        var chat = new TerminalChat(new ConsoleAdapter(output, harness.Memories, NullLogger<ConsoleAdapter>.Instance), harness.CreateBot);

        await chat.AskAsync("who brokered the grain deal?", CancellationToken.None);

        Assert.Contains("[1] First grain ship leaves Odesa ¶1: “", output.ToString());
        Assert.DoesNotContain("What I know:", output.ToString());
    }

    [Theory]
    [InlineData("**Sources**\n\n[1] *Title ¶2*: “quote”", "Sources\n\n[1] Title ¶2: “quote”")]
    [InlineData("Reading *Lavrov* for *lavrof*.", "Reading Lavrov for lavrof.")]
    [InlineData("## Heading\n- point `code` [site](https://example.org)", "Heading\n- point code site (https://example.org)")]
    [InlineData("5 * 3 = 15, and 2*x", "5 * 3 = 15, and 2*x")]
    public void FromMarkdown_BotMarkdown_PrintsPlainText(string markdown, string expected) =>
        Assert.Equal(expected, PlainText.FromMarkdown(markdown));

    [Theory]
    [InlineData(new[] { "ask", "what", "did", "Lavrov", "say?", "--Content:Path=x" }, true)]
    [InlineData(new[] { "chat" }, true)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5103" }, false)]
    [InlineData(new string[0], false)]
    public void TryParse_Arguments_RecognisesTerminalVerbsOnly(string[] args, bool expected)
    {
        Assert.Equal(expected, TerminalCommand.TryParse(args, out _));
    }
}
