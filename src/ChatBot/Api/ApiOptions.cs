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
}
