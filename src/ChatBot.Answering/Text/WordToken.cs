namespace ChatBot.Answering.Text;

/// <summary>A word of a text with its offsets, lower-cased form and stem.</summary>
internal readonly record struct WordToken(int Start, int End, string Text, string Lower, string Stem)
{
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsNumber => Text.Length > 0 && char.IsDigit(Text[0]);
}
