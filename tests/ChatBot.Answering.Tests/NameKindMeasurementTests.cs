using ChatBot.Answering.Tests.Fixtures;
using ChatBot.Answering.Text;
using Xunit.Abstractions;

namespace ChatBot.Answering.Tests;

/// <summary>NameFinder against hand-labelled names of the three real-user articles (Data/name-kinds.tsv), paragraph by paragraph as MentionLister reads them.</summary>
[Collection(RealUserArticlesGroup.Name)]
public sealed class NameKindMeasurementTests(RealUserArticlesHost host, ITestOutputHelper output)
{
    [Fact]
    public void Find_LabelledNames_MostlyOfTheRightKind()
    {
        var labels = File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "ChatBot.Answering.Tests", "Data", "name-kinds.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => (Article: f[0], Name: f[1], Kind: Enum.Parse<NameKind>(f[2])))
            .ToList();

        var right = 0;
        var peopleSaid = 0;
        var peopleRight = 0;
        foreach (var label in labels)
        {
            var article = host.KnowledgeBase.FindArticle(RealUserArticlesHost.ArticleIds[label.Article])!;
            var kinds = article.Paragraphs.SelectMany(p => NameFinder.Find(article.Text, p.Span.Start, p.Span.End))
                .Where(m => m.Name == label.Name)
                .GroupBy(m => m.Kind)
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key)
                .ToList();
            var found = kinds.Count > 0 ? kinds[0] : (NameKind?)null;
            right += found == label.Kind ? 1 : 0;
            peopleSaid += found == NameKind.Person ? 1 : 0;
            peopleRight += found == NameKind.Person && label.Kind == NameKind.Person ? 1 : 0;
            if (found != label.Kind)
            {
                output.WriteLine($"WRONG [{label.Article}] {label.Name}: {found?.ToString() ?? "not found"}, is {label.Kind}");
            }
        }

        output.WriteLine($"{right}/{labels.Count} names of the right kind; {peopleRight}/{peopleSaid} of those called people are people");
        Assert.True(right >= 0.92 * labels.Count, $"{right}/{labels.Count}");
        Assert.Equal(peopleSaid, peopleRight);
    }
}
