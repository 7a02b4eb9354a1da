using ChatBot.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot;

/// <summary>
/// Streams an answer into a Teams one-to-one chat while it is written: an informative update (a progress bar
/// with a status), then the text so far as streaming chunks at most about once a second, and finally the
/// complete message, which carries the same stream id and the citation entity (see <see cref="Complete"/>).
/// Each update is a <c>typing</c> activity with a <c>streaminfo</c> entity; the first one's id names the stream.
/// </summary>
internal sealed class TeamsStreamingDraftSink : IAnswerDraftSink
{
    private const string StreamInfoType = "streaminfo";

    private readonly ITurnContext _turnContext;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _interval;
    private readonly ILogger _logger;
    private string? _streamId;
    private int _sequence;
    private bool _streamingStarted;
    private bool _failed;
    private long _lastSentAt;
    private string _lastText = "";

    public TeamsStreamingDraftSink(ITurnContext turnContext, TimeProvider timeProvider, TimeSpan interval, ILogger logger)
    {
        _turnContext = turnContext;
        _timeProvider = timeProvider;
        _interval = interval;
        _logger = logger;
    }

    /// <summary>How many updates reached the channel; 0 means nothing was streamed.</summary>
    public int UpdatesSent => _sequence;

    public async ValueTask ReportStatusAsync(string status, CancellationToken cancellationToken)
    {
        // Teams shows informative updates before the text starts; once text streams, a status would replace it.
        if (_failed || _streamingStarted || string.IsNullOrWhiteSpace(status))
        {
            return;
        }

        await SendAsync("informative", status.Length > 1000 ? status[..1000] : status, cancellationToken);
    }

    public async ValueTask ReportDraftAsync(string textSoFar, CancellationToken cancellationToken)
    {
        if (_failed || string.IsNullOrWhiteSpace(textSoFar) || textSoFar == _lastText)
        {
            return;
        }

        if (_sequence > 0 && _timeProvider.GetElapsedTime(_lastSentAt) < _interval)
        {
            return; // Too soon for Teams; a later draft or the final message carries this text.
        }

        _streamingStarted = true;
        _lastText = textSoFar;
        await SendAsync("streaming", textSoFar, cancellationToken);
    }

    /// <summary>Marks <paramref name="finalMessage"/> as the end of the stream, if anything was streamed.</summary>
    public void Complete(Activity finalMessage)
    {
        if (_sequence == 0 || _failed || string.IsNullOrEmpty(_streamId))
        {
            return;
        }

        var streamInfo = new Entity(StreamInfoType);
        streamInfo.Properties["streamId"] = _streamId;
        streamInfo.Properties["streamType"] = "final";
        finalMessage.Entities = [.. finalMessage.Entities ?? [], streamInfo];

        var channelData = finalMessage.ChannelData as JObject ?? [];
        channelData["streamId"] = _streamId;
        channelData["streamType"] = "final";
        finalMessage.ChannelData = channelData;
    }

    private async Task SendAsync(string streamType, string text, CancellationToken cancellationToken)
    {
        var sequence = _sequence + 1;
        var streamInfo = new Entity(StreamInfoType);
        streamInfo.Properties["streamType"] = streamType;
        streamInfo.Properties["streamSequence"] = sequence;
        var channelData = new JObject { ["streamType"] = streamType, ["streamSequence"] = sequence };
        if (_streamId is not null)
        {
            streamInfo.Properties["streamId"] = _streamId;
            channelData["streamId"] = _streamId;
        }

        var update = new Activity(ActivityTypes.Typing)
        {
            Text = text,
            Entities = [streamInfo],
            ChannelData = channelData,
        };

        try
        {
            var response = await _turnContext.SendActivityAsync(update, cancellationToken);
            _streamId ??= response?.Id;
            _sequence = sequence;
            _lastSentAt = _timeProvider.GetTimestamp();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A stream the user stopped, or a throttled update, must not cost the answer: the final message still goes.
            _failed = true;
            BotLog.StreamingStopped(_logger, _turnContext.Activity.Conversation?.Id, sequence, ex);
        }
    }
}
