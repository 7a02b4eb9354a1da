using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge;

/// <summary>Reads every article file of the content folder; a file that cannot be read or parsed, or is larger than
/// <see cref="ContentOptions.MaxArticleBytes"/>, is logged and skipped.</summary>
internal sealed class ContentLoader(ILogger<ContentLoader> logger, IOptions<ContentOptions>? options = null)
{
    private readonly long _maxArticleBytes = options?.Value.MaxArticleBytes ?? new ContentOptions().MaxArticleBytes;

    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Article files in <paramref name="directory"/>: <c>*.txt</c> and <c>*.md</c>, except the folder's README.</summary>
    public static IReadOnlyList<string> ListFiles(string directory) =>
        !Directory.Exists(directory)
            ? []
            : Directory.EnumerateFiles(directory)
                .Where(IsArticleFile)
                .Order(StringComparer.Ordinal)
                .ToList();

    public static bool IsArticleFile(string path)
    {
        var extension = Path.GetExtension(path);
        var isArticle = extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || extension.Equals(".md", StringComparison.OrdinalIgnoreCase);
        return isArticle && !Path.GetFileNameWithoutExtension(path).Equals("README", StringComparison.OrdinalIgnoreCase);
    }

    public async Task<IReadOnlyList<Article>> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        var files = ListFiles(directory);
        if (files.Count == 0)
        {
            logger.LogWarning("No article files found in {ContentPath}", directory);
        }

        var articles = new List<Article>(files.Count);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var article = await LoadFileAsync(file, cancellationToken);
            if (article is null)
            {
                continue;
            }

            if (!ids.Add(article.Id))
            {
                logger.LogWarning("Skipped article file {FileName}: another file already has the id {ArticleId}", Path.GetFileName(file), article.Id);
                continue;
            }

            articles.Add(article);
        }

        return articles;
    }

    private async Task<Article?> LoadFileAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            // Checked before reading: one huge file would hold every later reload for minutes and gigabytes.
            var length = new FileInfo(file).Length;
            if (length > _maxArticleBytes)
            {
                logger.LogError("Skipped article file {FileName}: {Length} bytes is over Content:MaxArticleBytes ({MaxArticleBytes})",
                    Path.GetFileName(file), length, _maxArticleBytes);
                return null;
            }

            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            var text = _strictUtf8.GetString(bytes);
            var isMarkdown = Path.GetExtension(file).Equals(".md", StringComparison.OrdinalIgnoreCase);
            return ArticleParser.Parse(Path.GetFileNameWithoutExtension(file), text, isMarkdown);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException or ArticleFormatException)
        {
            logger.LogError(ex, "Skipped article file {FileName}: {Reason}", Path.GetFileName(file), ex.Message);
            return null;
        }
    }
}
