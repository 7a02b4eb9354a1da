namespace ChatBot.Answering.Text;

/// <summary>The data lines of a text file embedded in this assembly: blank lines and "#" comments (the source and licence notes) left out.</summary>
internal static class EmbeddedLines
{
    public static IEnumerable<string> Read(string logicalName)
    {
        var assembly = typeof(EmbeddedLines).Assembly;
        using var stream = assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"{logicalName} is not embedded in {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return line;
            }
        }
    }
}
