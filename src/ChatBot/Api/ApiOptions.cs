using System.ComponentModel.DataAnnotations;

namespace ChatBot.Api;

/// <summary>Limits of the HTTP endpoints.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Largest request body accepted on any endpoint (413 above it).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Longest question <c>POST /api/ask</c> accepts, in characters.</summary>
    [Range(1, 100_000)]
    public int MaxQuestionLength { get; set; } = 2000;

    /// <summary>How long <c>POST /api/ask</c> waits for the articles to load before answering 503.</summary>
    [Range(1, 3600)]
    public int ReadyTimeoutSeconds { get; set; } = 60;

    /// <summary>Longest identifier (conversation, activity, user, reply-to id…) an activity may carry, in characters.</summary>
    [Range(16, 100_000)]
    public int MaxIdLength { get; set; } = 512;

    /// <summary>Longest other string (text, feedback, names) an activity may carry, in characters.</summary>
    [Range(100, 1_000_000)]
    public int MaxTextLength { get; set; } = 10_000;

    /// <summary>Most items in any list of an activity (entities, attachments, members added…).</summary>
    [Range(1, 10_000)]
    public int MaxListItems { get; set; } = 50;

    /// <summary>
    /// Off while empty (the default). Set (16+ characters), <c>/api/ask</c>, <c>/api/articles</c>, the OpenAPI document
    /// and the web page need it (<see cref="ApiAccessKeyMiddleware"/>).
    /// </summary>
    [RegularExpression(".{16,}", ErrorMessage = "Api:AccessKey must be at least 16 characters long (or empty: no key).")]
    public string? AccessKey { get; set; }

    /// <summary>New <c>/api/ask</c> conversations stored per <c>State:ChannelTimeToLive:api</c> window, per instance
    /// (<see cref="ApiConversationAdmission"/>); beyond it, answers come without follow-up memory.</summary>
    [Range(1, 10_000_000)]
    public int MaxStoredConversations { get; set; } = 10_000;
}
