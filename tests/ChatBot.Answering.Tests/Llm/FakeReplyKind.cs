namespace ChatBot.Answering.Tests.Llm;

internal enum FakeReplyKind
{
    Answer,
    Status,
    Hang,
    ToolCall,
}
