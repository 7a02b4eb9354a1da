using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests;

/// <summary>Multi-turn conversations on the seed article: every turn must cite the passage that answers it.</summary>
[Collection(SeedArticleGroup.Name)]
public sealed class ConversationTests(SeedArticleHost host)
{
    public static TheoryData<string[], string[]> Conversations => new()
    {
        {
            ["What did Lavrov say about weapons?", "and what did he accuse the West of?"],
            ["prolong the conflict", "exploiting the problem for its geopolitical interests"]
        },
        {
            ["Who is Paul Whelan?", "what about the other detainee?"],
            ["corporate security executive", "basketball player, Brittney Griner"]
        },
        {
            ["What did Blinken tell Lavrov about annexing Ukrainian territory?", "what would the US do then?"],
            ["annexation", "additional significant costs on Russia"]
        },
        {
            ["How did Blinken describe his call with Lavrov?", "and what did he press the Kremlin to accept?", "did Lavrov respond to it?"],
            ["frank and direct", "substantial proposal", "did not reveal the details regarding Lavrov's response"]
        },
        {
            ["What did Lavrov say about Russian troops?", "And what did he say about food security?", "what did he accuse the collective west of?"],
            ["Russian troops follow international law", "global food security", "exploiting the problem"]
        },
        {
            ["What did Blinken press the Kremlin to accept?", "Who would it free?", "Did Lavrov accept it?"],
            ["substantial proposal", "Paul Whelan and Brittney Griner", "did not reveal the details regarding Lavrov's response"]
        },
        {
            ["Who is Paul Whelan?", "and the other detainee?"],
            ["corporate security executive", "basketball player, Brittney Griner"]
        },
        {
            // "who are they?" is a question in a conversation, not "who are you?".
            ["How many detainees are there?", "who are they?"],
            ["two detainees", "Paul Whelan and Brittney Griner"]
        },
        {
            ["Tell me about the grain deal", "Who is part of it?"],
            ["grain shipments", "Ukraine, Turkey and the United Nations"]
        },
        {
            ["What did Lavrov say about military equipment?", "What did he say about the Russian troops?", "And what did he accuse the West of?"],
            ["prolong the conflict", "Russian troops follow international law", "exploiting the problem"]
        },
    };

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task AnswerAsync_FollowUpConversation_CitesTheRightPassageEveryTurn(string[] turns, string[] facts)
    {
        var history = new List<ConversationTurn>();
        for (var i = 0; i < turns.Length; i++)
        {
            var answer = await host.AskAsync(turns[i], history);

            Assert.True(answer.Answered, $"turn {i + 1} '{turns[i]}' (as '{answer.StandaloneQuestion}') abstained");
            Assert.True(
                answer.Citations.Any(c => c.Quote.Contains(facts[i], StringComparison.Ordinal)),
                $"turn {i + 1} '{turns[i]}' (as '{answer.StandaloneQuestion}') cited: {string.Join(" | ", answer.Citations.Select(c => c.Quote))}");
            history.Add(new ConversationTurn(turns[i], answer.StandaloneQuestion, answer.Answered, answer.Citations));
        }
    }

    [Fact]
    public async Task AnswerAsync_PronounFollowUp_ShowsTheQuestionWithItsContext()
    {
        var first = await host.AskAsync("What did Lavrov say about weapons?");
        var history = new List<ConversationTurn> { new("What did Lavrov say about weapons?", first.StandaloneQuestion, first.Answered, first.Citations) };

        var answer = await host.AskAsync("and what did he accuse the West of?", history);

        Assert.Equal("What did he accuse the West of (in the context of: What did Lavrov say about weapons)?", answer.StandaloneQuestion);
    }

    [Theory]
    [InlineData("thanks")]
    [InlineData("ok 👍")]
    [InlineData("what do you mean?")]
    public async Task AnswerAsync_FollowUpAfterSmallTalk_LeansOnTheQuestionBeforeIt(string smallTalk)
    {
        var first = await host.AskAsync("What did Lavrov say about weapons?");
        var talk = await host.AskAsync(smallTalk);
        var history = new List<ConversationTurn>
        {
            new("What did Lavrov say about weapons?", first.StandaloneQuestion, first.Answered, first.Citations),
            new(smallTalk, talk.StandaloneQuestion, talk.Answered, talk.Citations),
        };

        var answer = await host.AskAsync("and what did he accuse the West of?", history);

        Assert.Equal(AnswerKind.SmallTalk, talk.Kind);
        Assert.Equal("What did he accuse the West of (in the context of: What did Lavrov say about weapons)?", answer.StandaloneQuestion);
        Assert.Contains("exploiting the problem", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_FollowUpAfterMoreSmallTalkThanTurnsKept_StillLeansOnTheQuestion()
    {
        var first = await host.AskAsync("What did Lavrov say about weapons?");
        var history = new List<ConversationTurn> { new("What did Lavrov say about weapons?", first.StandaloneQuestion, first.Answered, first.Citations) };
        foreach (var talk in new[] { "thanks", "cool", "I don't understand", "ok" })
        {
            var reply = await host.AskAsync(talk, history);
            Assert.Equal(AnswerKind.SmallTalk, reply.Kind);
            history.Add(new ConversationTurn(talk, reply.StandaloneQuestion, reply.Answered, reply.Citations));
        }

        var answer = await host.AskAsync("why?", history);

        Assert.Equal("Why (in the context of: What did Lavrov say about weapons)?", answer.StandaloneQuestion);
    }

    [Fact]
    public async Task AnswerAsync_ArticleSaysTheFactIsNotRevealed_SaysSoAndQuotesIt()
    {
        var first = await host.AskAsync("What did Blinken press the Kremlin to accept?");
        var history = new List<ConversationTurn> { new("What did Blinken press the Kremlin to accept?", first.StandaloneQuestion, first.Answered, first.Citations) };

        var answer = await host.AskAsync("Did Lavrov accept it?", history);

        Assert.True(answer.Markdown.StartsWith("The article does not say.", StringComparison.Ordinal), answer.Markdown);
        Assert.Contains("did not reveal the details regarding Lavrov's response", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_BareWhoInConversation_AnswersAboutThePreviousTurnNotTheNamesList()
    {
        var first = await host.AskAsync("What did Blinken press the Kremlin to accept?");
        var history = new List<ConversationTurn> { new("What did Blinken press the Kremlin to accept?", first.StandaloneQuestion, first.Answered, first.Citations) };

        var answer = await host.AskAsync("Who?", history);

        Assert.True(answer.Answered);
        Assert.DoesNotContain("mentions", answer.Markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(in the context of: What did Blinken press the Kremlin to accept)", answer.StandaloneQuestion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_OtherDetainee_ResolvedFromCitedPassage()
    {
        var first = await host.AskAsync("Who is Paul Whelan?");
        var history = new List<ConversationTurn> { new("Who is Paul Whelan?", first.StandaloneQuestion, first.Answered, first.Citations) };

        var answer = await host.AskAsync("what about the other detainee?", history);

        Assert.Equal("Who is Brittney Griner?", answer.StandaloneQuestion);
    }
}
