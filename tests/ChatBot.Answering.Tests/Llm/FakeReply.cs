namespace ChatBot.Answering.Tests.Llm;

/// <summary>What the fake OpenAI-compatible server answers to one chat completions request.</summary>
internal sealed record FakeReply(FakeReplyKind Kind, string Text = "", int StatusCode = 200, string ToolName = "", string ToolArguments = "")
{
    /// <summary>When streaming, how long the model "thinks" after each sentence it wrote.</summary>
    public TimeSpan PauseAfterSentence { get; init; }

    /// <summary>The assistant's text: one JSON completion, or an SSE stream of small chunks when the client asked to stream.</summary>
    public static FakeReply Answer(string text) => new(FakeReplyKind.Answer, text);

    public static FakeReply Status(int statusCode) => new(FakeReplyKind.Status, StatusCode: statusCode);

    /// <summary>Accepts the request and never answers, until the client gives up.</summary>
    public static FakeReply Hang() => new(FakeReplyKind.Hang);

    /// <summary>The model calls a tool (a Kernel function) instead of answering.</summary>
    public static FakeReply ToolCall(string name, string argumentsJson) => new(FakeReplyKind.ToolCall, ToolName: name, ToolArguments: argumentsJson);
}
