using System.Numerics.Tensors;
using ChatBot.Knowledge;

namespace ChatBot.Insights;

/// <summary>
/// Groups questions that ask the same thing with the bot's embedding model: each distinct wording joins the first
/// group whose founding wording it resembles at <see cref="InsightsOptions.GroupSimilarity"/> or more (cosine of
/// unit vectors), in order of how often it was asked, so a group is named by its most asked wording.
/// </summary>
internal sealed class QuestionGrouper(ITextEmbedder embedder)
{
    public async Task<IReadOnlyList<IReadOnlyList<string>>> GroupAsync(
        IReadOnlyList<string> wordings, double similarity, CancellationToken cancellationToken)
    {
        if (wordings.Count == 0)
        {
            return [];
        }

        var vectors = await embedder.EmbedBatchAsync(wordings, cancellationToken);
        var groups = new List<(float[] Founder, List<string> Members)>();
        for (var i = 0; i < wordings.Count; i++)
        {
            var match = groups.FindIndex(g => TensorPrimitives.Dot(g.Founder, vectors[i]) >= similarity);
            if (match >= 0)
            {
                groups[match].Members.Add(wordings[i]);
            }
            else
            {
                groups.Add((vectors[i], [wordings[i]]));
            }
        }

        return [.. groups.Select(g => (IReadOnlyList<string>)g.Members)];
    }
}
