using Microsoft.AspNetCore.Http.HttpResults;
using ChatBot.Knowledge;

namespace ChatBot.Api;

public static class ArticleEndpoints
{
    /// <summary><c>GET /api/articles</c> and <c>GET /api/articles/{id}</c>: what the bot has read, as it quotes it.</summary>
    public static WebApplication MapArticleEndpoints(this WebApplication app)
    {
        var articles = app.MapGroup("/api/articles").WithTags("Articles");
        articles.MapGet("/", (IKnowledgeBase knowledge) =>
                TypedResults.Ok(knowledge.Articles.Select(ArticleSummary.From).ToArray()))
            .WithName("ListArticles")
            .WithSummary("The articles the bot answers from");
        articles.MapGet("/{id}", Results<Ok<ArticleDocument>, ProblemHttpResult> (string id, IKnowledgeBase knowledge) =>
                knowledge.FindArticle(id) is { } article
                    ? TypedResults.Ok(ArticleDocument.From(article))
                    : TypedResults.Problem(title: "No such article", detail: $"There is no article '{id}'. GET /api/articles lists them.", statusCode: StatusCodes.Status404NotFound))
            .WithName("GetArticle")
            .WithSummary("One article's text and paragraph offsets, which citations index into");
        return app;
    }
}
