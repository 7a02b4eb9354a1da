using System.ComponentModel.DataAnnotations;

namespace ChatBot.Knowledge;

/// <summary>Where the articles live (section <c>Content</c>).</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// Folder of <c>.txt</c>/<c>.md</c> articles. A relative path is resolved against the current directory
    /// first, then against each folder above the application's base directory.
    /// </summary>
    [Required]
    public string Path { get; set; } = "content";

    /// <summary>How often the folder is re-scanned in case file-system notifications are missed.</summary>
    [Range(0.2, 3600)]
    public double PollIntervalSeconds { get; set; } = 2;

    /// <summary>
    /// Largest article file read, in bytes; a larger one is skipped with a log line. A 30 MB file took over 9 minutes
    /// and ~1.9 GB to index, holding back every other change meanwhile.
    /// </summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxArticleBytes { get; set; } = 4 * 1024 * 1024;
}
