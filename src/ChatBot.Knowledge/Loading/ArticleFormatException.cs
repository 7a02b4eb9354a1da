namespace ChatBot.Knowledge;

/// <summary>An article file whose content cannot be understood (unclosed front matter, bad date, no text).</summary>
public sealed class ArticleFormatException : Exception
{
    public ArticleFormatException()
    {
    }

    public ArticleFormatException(string message)
        : base(message)
    {
    }

    public ArticleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
