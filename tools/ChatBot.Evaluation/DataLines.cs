namespace ChatBot.Evaluation;

/// <summary>The data lines of one of the tool's question files: blank lines and "#" comments (sources, notes) left out.</summary>
internal static class DataLines
{
    public static IEnumerable<string> Read(string path) =>
        File.ReadLines(path).Where(line => !string.IsNullOrWhiteSpace(line) && !line.StartsWith('#'));
}
