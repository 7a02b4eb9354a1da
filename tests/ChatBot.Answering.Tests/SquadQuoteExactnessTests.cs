using System.Collections.Concurrent;
using System.Text.Json;
using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests;

/// <summary>Every question of the SQuAD sample (12 articles indexed together) through the answerer: every quote is exact.</summary>
public sealed class SquadQuoteExactnessTests(SquadHost host) : IClassFixture<SquadHost>
{
    [Fact]
    public async Task AnswerAsync_EverySquadQuestion_QuotesAreExactSpansUnderTheLimit()
    {
        var questions = File.ReadLines(Path.Combine(RepositoryPaths.SquadSample, "questions.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!)
            .ToList();
        var articles = host.KnowledgeBase.Articles.ToDictionary(a => a.Id);
        var problems = new ConcurrentBag<string>();
        var citations = 0;

        await Parallel.ForEachAsync(questions, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (question, token) =>
        {
            var answer = await host.Answerer.AnswerAsync(new Question(question, []), null, token);
            Interlocked.Add(ref citations, answer.Citations.Count);
            if (!answer.Answered && answer.Citations.Count > 0)
            {
                problems.Add($"{question}: abstained with citations");
            }

            foreach (var citation in answer.Citations)
            {
                var text = articles[citation.ArticleId].Text;
                if (citation.End > text.Length || text[citation.Start..citation.End] != citation.Quote || citation.Quote.Length >= 300)
                {
                    problems.Add($"{question}: [{citation.Start}..{citation.End}] {citation.Quote}");
                }
            }

            if (answer.Citations.Select(c => (c.ArticleId, c.Start, c.End)).Distinct().Count() != answer.Citations.Count)
            {
                problems.Add($"{question}: the same span cited twice");
            }
        });

        Assert.Equal(4498, questions.Count);
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
        Assert.True(citations <= 2 * questions.Count);
    }
}
