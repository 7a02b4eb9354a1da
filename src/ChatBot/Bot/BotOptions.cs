using System.ComponentModel.DataAnnotations;

namespace ChatBot.Bot;

/// <summary>How the bot converses: memory per conversation, patience while articles load, streaming pace.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>How many earlier turns a follow-up question may lean on.</summary>
    [Range(0, 50)]
    public int HistoryTurns { get; set; } = 5;

    /// <summary>
    /// How long a question waits for the articles to finish loading before the bot says it is not ready. Kept
    /// short: channels such as Teams give up on a turn that does not answer within about 15 seconds.
    /// </summary>
    [Range(1, 3600)]
    public int ReadyTimeoutSeconds { get; set; } = 10;

    /// <summary>Least time between two streamed updates in Teams (Teams accepts about one a second).</summary>
    [Range(250, 10_000)]
    public int StreamingIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Longest question the bot accepts, in characters (the same limit as <c>POST /api/ask</c>).</summary>
    [Range(1, 100_000)]
    public int MaxQuestionLength { get; set; } = 2000;

    /// <summary>How many example questions the welcome offers as buttons.</summary>
    [Range(0, 10)]
    public int WelcomeQuestions { get; set; } = 3;

    /// <summary>
    /// How many conversations the default in-memory storage keeps (bot and <c>/api/ask</c> together); the least
    /// recently used is forgotten first. Each conversation keeps only a few turns, so memory stays bounded.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxStoredConversations { get; set; } = 10_000;

    /// <summary>
    /// With no <c>MicrosoftAppId</c>, the <c>serviceUrl</c>s besides this machine's (localhost) that replies may go to,
    /// as absolute URL prefixes. Empty by default: an unauthenticated bot must not post to addresses a caller chooses.
    /// </summary>
    public IReadOnlyList<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>How long one reply to the channel (the connector at <c>serviceUrl</c>) may take before it is abandoned.</summary>
    [Range(1, 300)]
    public int ReplyTimeoutSeconds { get; set; } = 15;
}
