namespace ChatBot.Bot;

/// <summary>The words that steer the bot rather than ask about the articles, understood in chat and over <c>/api/ask</c>.</summary>
public enum ControlWord
{
    None,
    Help,
    Reset,
}
