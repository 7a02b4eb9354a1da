namespace ChatBot.Answering.Tests.Fixtures;

/// <summary>
/// A host over copies of chosen article files in a folder of its own, so a fixture folder's README or question file
/// is never loaded as an article, and the copies go when the host stops.
/// </summary>
public abstract class CopiedArticlesHost : AnsweringHost
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"chatbot-answering-{Guid.NewGuid():N}");

    /// <summary>The article files to load.</summary>
    protected abstract IEnumerable<string> ArticleFiles();

    protected sealed override string ContentPath()
    {
        Directory.CreateDirectory(_folder);
        foreach (var file in ArticleFiles())
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)), overwrite: true);
        }

        return _folder;
    }

    protected sealed override void CleanUp()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
