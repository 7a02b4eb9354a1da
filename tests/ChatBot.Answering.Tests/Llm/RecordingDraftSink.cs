namespace ChatBot.Answering.Tests.Llm;

/// <summary>Records what a streaming channel would show, in order.</summary>
internal sealed class RecordingDraftSink : IAnswerDraftSink
{
    private readonly List<(string Kind, string Text)> _events = [];

    public IReadOnlyList<(string Kind, string Text)> Events => _events;

    public IReadOnlyList<string> Drafts => [.. _events.Where(e => e.Kind == "draft").Select(e => e.Text)];

    public ValueTask ReportStatusAsync(string status, CancellationToken cancellationToken)
    {
        _events.Add(("status", status));
        return ValueTask.CompletedTask;
    }

    public ValueTask ReportDraftAsync(string textSoFar, CancellationToken cancellationToken)
    {
        _events.Add(("draft", textSoFar));
        return ValueTask.CompletedTask;
    }
}
