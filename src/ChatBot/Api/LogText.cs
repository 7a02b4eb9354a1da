namespace ChatBot.Api;

/// <summary>Caller-supplied values as they may appear in a log line: cut to a length, so one request cannot write megabytes.</summary>
internal static class LogText
{
    public const int DefaultLength = 128;

    public static string Truncate(string? value, int maxLength = DefaultLength)
    {
        if (value is null)
        {
            return "";
        }

        return value.Length <= maxLength ? value : string.Concat(value.AsSpan(0, maxLength), $"…(+{value.Length - maxLength:N0})");
    }
}
