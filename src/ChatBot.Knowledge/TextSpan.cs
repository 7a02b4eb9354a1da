namespace ChatBot.Knowledge;

/// <summary>A half-open character range [Start, End) into an article's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
