namespace ChatBot.Bot;

/// <summary>Reads <c>help</c>, <c>?</c>, <c>reset</c> and <c>start over</c> (with or without a leading slash, any case).</summary>
public static class ControlWords
{
    public static ControlWord Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().TrimStart('/').TrimEnd('.', '!').ToUpperInvariant() switch
        {
            "HELP" or "?" => ControlWord.Help,
            "RESET" or "START OVER" => ControlWord.Reset,
            _ => ControlWord.None,
        };
    }
}
