using ChatBot.State;
using ChatBot.Telemetry;
using Microsoft.Extensions.Options;

namespace ChatBot.Insights;

/// <summary>Builds the insights view from the insights record and the feedback store, over the retention window.</summary>
internal sealed class InsightsService(
    IInsightsStore store,
    IFeedbackStore feedback,
    QuestionGrouper grouper,
    IOptions<InsightsOptions> options,
    IOptions<FeedbackOptions> feedbackOptions,
    TimeProvider timeProvider)
{
    public async Task<(InsightsView View, IReadOnlyList<InsightEvent> Events, IReadOnlyList<FeedbackEntry> Feedback)> BuildAsync(
        CancellationToken cancellationToken)
    {
        var until = timeProvider.GetUtcNow();
        var since = until - options.Value.Retention;
        var events = await store.ReadSinceAsync(since, cancellationToken);
        var reactions = (await feedback.ReadLatestAsync(feedbackOptions.Value.MaxEntries, cancellationToken))
            .Where(f => f.Timestamp >= since)
            .ToList();

        var view = new InsightsView(
            since,
            until,
            CountPerDay(events, reactions),
            await GroupDeclinedAsync(events, cancellationToken),
            Disliked(events, reactions));
        return (view, events, reactions);
    }

    private static List<DayCounts> CountPerDay(IReadOnlyList<InsightEvent> events, IReadOnlyList<FeedbackEntry> reactions)
    {
        var days = events.Select(e => Day(e.Timestamp)).Concat(reactions.Select(f => Day(f.Timestamp))).Distinct().Order();
        return [.. days.Select(day => new DayCounts(
            day,
            events.Count(e => Day(e.Timestamp) == day && e.Outcome == AnswerOutcome.Answered),
            events.Count(e => Day(e.Timestamp) == day && e.Outcome == AnswerOutcome.Declined),
            events.Count(e => Day(e.Timestamp) == day && e.Outcome == AnswerOutcome.SmallTalk),
            reactions.Count(f => Day(f.Timestamp) == day && f.Reaction == "like"),
            reactions.Count(f => Day(f.Timestamp) == day && f.Reaction == "dislike")))];
    }

    private async Task<List<DeclinedGroup>> GroupDeclinedAsync(IReadOnlyList<InsightEvent> events, CancellationToken cancellationToken)
    {
        var declined = events.Where(e => e.Outcome == AnswerOutcome.Declined).ToList();
        var byWording = declined
            .GroupBy(e => e.Question, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var groups = await grouper.GroupAsync([.. byWording.Select(g => g.Key)], options.Value.GroupSimilarity, cancellationToken);
        var counts = byWording.ToDictionary(g => g.Key, g => (Count: g.Count(), Last: g.Max(e => e.Timestamp)), StringComparer.OrdinalIgnoreCase);
        return [.. groups
            .Select(members => new DeclinedGroup(members[0], members.Sum(m => counts[m].Count), members, members.Max(m => counts[m].Last)))
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.LastAsked)];
    }

    private static List<DislikedAnswer> Disliked(IReadOnlyList<InsightEvent> events, IReadOnlyList<FeedbackEntry> reactions)
    {
        var byQuestionId = events
            .Where(e => e.QuestionId is not null)
            .GroupBy(e => e.QuestionId!)
            .ToDictionary(g => g.Key, g => g.Last());
        return [.. reactions
            .Where(f => f.Reaction == "dislike")
            .OrderByDescending(f => f.Timestamp)
            .Select(f =>
            {
                var answer = f.QuestionId is { } id ? byQuestionId.GetValueOrDefault(id) : null;
                return new DislikedAnswer(f.Timestamp, f.ChannelId, answer?.Question ?? f.Question, f.Comment, answer?.Quotes ?? []);
            })];
    }

    private static DateOnly Day(DateTimeOffset timestamp) => DateOnly.FromDateTime(timestamp.UtcDateTime);
}
