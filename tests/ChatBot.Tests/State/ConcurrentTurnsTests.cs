using ChatBot.State;
using ChatBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.State;

/// <summary>Two turns of one conversation answered at the same time (a quick second message, or two instances).</summary>
public sealed class ConcurrentTurnsTests
{
    [Fact]
    public async Task TwoMessagesAtOnce_SameConversation_BothTurnsAreRemembered()
    {
        await using var factory = new ChatBotFactory();
        // Neither turn is answered until both have read the conversation's memory, so both write over the same state.
        var bothAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var asked = 0;
        factory.Answerer.BeforeAnswer = async (_, _, ct) =>
        {
            if (Interlocked.Increment(ref asked) == 2)
            {
                bothAsked.SetResult();
            }

            await bothAsked.Task.WaitAsync(TimeSpan.FromMinutes(1), ct);
        };
        var bot = new BotClient(factory.CreateClient(), "emulator");

        await Task.WhenAll(
            bot.SayAsync("what did Lavrov say about military equipment?"),
            bot.SayAsync("who did Blinken want released?"));

        var memories = factory.Services.GetRequiredService<ConversationMemoryStore>();
        var memory = await memories.ReadAsync($"bot/emulator/conversations/{bot.ConversationId}", CancellationToken.None);
        Assert.Equal(
            ["what did Lavrov say about military equipment?", "who did Blinken want released?"],
            memory.Turns.Select(t => t.Question).Order());
    }
}
