namespace ChatBot.Answering;

/// <summary>Keys of the answerers registered side by side, so one can wrap another.</summary>
public static class AnsweringServiceKeys
{
    /// <summary>The extractive answerer: no model, always available; the default and the LLM's fallback.</summary>
    public const string Extractive = "extractive";
}
