using System.ComponentModel.DataAnnotations;

namespace ChatBot.State;

/// <summary>The <c>Feedback</c> section: who may read the 👍/👎 feedback users send, and how much is kept.</summary>
public sealed class FeedbackOptions : IValidatableObject
{
    public const string SectionName = "Feedback";

    public const int MinimumAdminKeyLength = 16;

    /// <summary>The key <c>GET /api/feedback</c> expects in the <c>X-Admin-Key</c> header; reading is off while it is empty.</summary>
    public string? AdminKey { get; set; }

    /// <summary>The newest entries kept (older ones are trimmed).</summary>
    [Range(1, 1_000_000)]
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>Longest feedback comment kept, in characters; a longer one is cut (and ends with "…").</summary>
    [Range(1, 100_000)]
    public int MaxCommentLength { get; set; } = 2000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(AdminKey) && AdminKey.Length < MinimumAdminKeyLength)
        {
            yield return new ValidationResult(
                $"Feedback:AdminKey must be at least {MinimumAdminKeyLength} characters long.", [nameof(AdminKey)]);
        }
    }
}
