namespace ChatBot.State;

/// <summary>The state store cannot be reached (connection down, timeout, server loading or failing over).</summary>
public sealed class StateUnavailableException : Exception
{
    public StateUnavailableException()
    {
    }

    public StateUnavailableException(string message)
        : base(message)
    {
    }

    public StateUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
