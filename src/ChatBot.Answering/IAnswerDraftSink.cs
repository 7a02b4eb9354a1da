namespace ChatBot.Answering;

/// <summary>Receives progress while an answer is produced, so a channel that streams can show it.</summary>
public interface IAnswerDraftSink
{
    /// <summary>An informative status such as "Searching the article…".</summary>
    ValueTask ReportStatusAsync(string status, CancellationToken cancellationToken);

    /// <summary>The whole draft text so far (not a delta).</summary>
    ValueTask ReportDraftAsync(string textSoFar, CancellationToken cancellationToken);
}
