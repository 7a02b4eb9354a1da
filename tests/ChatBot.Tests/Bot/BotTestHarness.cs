using ChatBot.Bot;
using ChatBot.State;
using ChatBot.Tests.Fakes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Bot;

/// <summary>The bot on Bot Builder's <see cref="TestAdapter"/>, with fakes and a clock the test moves.</summary>
internal sealed class BotTestHarness
{
    public BotTestHarness(string channelId, string conversationType)
    {
        Knowledge = new FakeKnowledgeBase(TestArticles.All);
        Answerer = new FakeQuestionAnswerer(TestArticles.All);
        var storage = new MemoryStorage();
        Memories = new ConversationMemoryStore(storage, NullLogger<ConversationMemoryStore>.Instance);
        Adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://smba.example/teams",
            User = new ChannelAccount("user-1", "Ada"),
            Bot = new ChannelAccount("bot-1", "ChatBot"),
            Conversation = new ConversationAccount(id: "conversation-1", conversationType: conversationType),
        });
    }

    public FakeKnowledgeBase Knowledge { get; }

    public FakeQuestionAnswerer Answerer { get; }

    public ConversationMemoryStore Memories { get; }

    public MemoryFeedbackStore Feedback { get; } = new(Microsoft.Extensions.Options.Options.Create(new FeedbackOptions()));

    public TestAdapter Adapter { get; }

    public FakeTimeProvider Clock { get; } = new();

    public ArticleBot CreateBot() => new(
        Answerer,
        Knowledge,
        Memories,
        Feedback,
        Microsoft.Extensions.Options.Options.Create(new BotOptions()),
        Clock,
        NullLogger<ArticleBot>.Instance);

    public TestFlow Flow() => new(Adapter, CreateBot());
}
