using ChatBot.Answering.Tests.Data;
using ChatBot.Answering.Tests.Fixtures;
using Xunit.Abstractions;

namespace ChatBot.Answering.Tests;

/// <summary>
/// The questions a new user really asks (Data/real-user-questions.json), each judged as that user would: answered
/// with a quote that holds the fact, declined, left open, a friendly small-talk reply, or a reply about the language.
/// </summary>
[Collection(RealUserArticlesGroup.Name)]
public sealed class RealUserQuestionTests(RealUserArticlesHost host, ITestOutputHelper output)
{
    /// <summary>The share handled right when last measured (42/85 before issue 12, 66/85 with small talk, languages, typos and summaries, 70/85 with multi-part questions, the refitted answerability and "what is the X story about?" as a summary, 71/85 with the paraphrase similarity and later parts kept in the first part's article, 73/85 with dates and figures judged by their nearness to the question's words, 74/85 with the unknown words of a question counted for one article, 75/85 with close words for a few articles in view, which answer "When did the embargo start and when did it end?" and "How did Blinken characterise the talk?" but rank "joined the embargo" over "lift the embargo" for "Why did the Arab producers call off the embargo?", still 75/85 with measures and referred names, which answer "How big was the crowd?" but decline "Where is the final race of the season?" at the threshold, with acronyms read, which none of these questions uses, with the clause trimmer and adjacent sentences quoted as one passage, and with WordNet synonyms, which answer "Who did Blinken want freed, and what did he threaten Russia with?" but quote only the annexation sentence for "what will the us do if russia continues the anexation", 77/85 with the thing a "how much" question counts, which declines "How much prize money did Hamilton win?", and the refit that came with it, which answers "Where is the final race of the season?" at P 0.301, on the threshold, and 78/85 with the sentence beside a quote joining it at 0.8 of the best score, which quotes what the US will do about the annexation, still 78/85 with other names of a place read as the articles write them, which answer the "jailed Americans" and Kyiv questions on the seed article alone but not beside the oil-crisis story, which writes "United States" and "America", and 79/85 with the quoted article holding a name by another name of the place, which answers the Kyiv one there too); raised as the answerer improves, one question below the measured share, since "Where is the final race of the season?" sits on the threshold.</summary>
    private const double MinShareHandledRight = 0.91;

    private static readonly RealUserQuestionSet s_set = RealUserQuestionSet.Load();

    [Fact]
    public void TestSet_CoversEveryCategoryAndThreeArticles_WithArticleText()
    {
        var questions = s_set.Questions;

        Assert.True(questions.Count >= 60, $"{questions.Count} questions");
        Assert.Equal(
            ["fact", "multi-part", "off-topic", "open", "other-language", "paraphrase", "small-talk", "summary", "typo", "yes-no"],
            questions.Select(q => q.Category).Distinct().Order(StringComparer.Ordinal));
        Assert.All(RealUserArticlesHost.ArticleIds.Keys, key => Assert.True(questions.Count(q => q.Article == key) >= 15, key));
        foreach (var question in questions.Where(q => q.Parts is not null))
        {
            var article = host.KnowledgeBase.FindArticle(RealUserArticlesHost.ArticleIds[question.Article]);
            Assert.NotNull(article);
            Assert.All(question.Parts!.SelectMany(p => p), fact => Assert.Contains(fact, article.Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AnswerAsync_RealUserQuestions_ShareHandledRightAtLeastMeasured()
    {
        var results = new List<(RealUserQuestion Question, string? Wrong)>();
        foreach (var question in s_set.Questions)
        {
            var answer = await host.AskAsync(question.Question);
            results.Add((question, question.Judge(answer)));
        }

        foreach (var category in results.GroupBy(r => r.Question.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{category.Key}: {category.Count(r => r.Wrong is null)}/{category.Count()}");
        }

        foreach (var (question, wrong) in results.Where(r => r.Wrong is not null))
        {
            output.WriteLine($"WRONG [{question.Category}] {question.Question} -> {wrong}");
        }

        var right = results.Count(r => r.Wrong is null);
        var share = right / (double)results.Count;
        output.WriteLine($"handled right: {right}/{results.Count} = {share:P1}");
        Assert.True(share >= MinShareHandledRight, $"only {right}/{results.Count} handled right");
    }
}
