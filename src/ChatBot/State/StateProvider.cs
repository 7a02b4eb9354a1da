namespace ChatBot.State;

/// <summary>Where conversation state, follow-up memory and feedback live.</summary>
public enum StateProvider
{
    /// <summary>Bot Builder's in-process <c>MemoryStorage</c>: nothing to install, one instance only, lost on restart.</summary>
    Memory,

    /// <summary>Redis through StackExchange.Redis: shared by every instance, survives restarts of the bot.</summary>
    Redis,
}
