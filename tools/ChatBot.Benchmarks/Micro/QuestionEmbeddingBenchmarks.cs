using BenchmarkDotNet.Attributes;
using ChatBot.Knowledge;

namespace ChatBot.Benchmarks;

/// <summary>
/// The cost floor: embedding one question with the configured local model (no cache in the way), and embedding a
/// batch of 32 article sentences, which is what a cold index build pays per 32 new sentences.
/// </summary>
[MemoryDiagnoser]
public class QuestionEmbeddingBenchmarks
{
    private const string Question = "what did Lavrov say about weapons?";

    private BenchmarkHost? _host;
    private ITextEmbedder? _embedder;
    private string[] _sentences = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = await BenchmarkHost.StartAsync("seed", queryCacheSize: 0, CancellationToken.None);
        _embedder = _host.Embedder;
        _sentences = SourceArticle.LoadAll(RepositoryPaths.SquadSample)
            .SelectMany(a => a.Paragraphs)
            .SelectMany(p => p.Split(". ", StringSplitOptions.RemoveEmptyEntries))
            .Take(32)
            .ToArray();
        await _embedder.EmbedAsync(Question, CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Benchmark(Description = "Embed one question (bare text, no query instruction)")]
    public Task<float[]> EmbedQuestion() => _embedder!.EmbedAsync(Question, CancellationToken.None);

    [Benchmark(Description = "Embed 32 article sentences (batch)")]
    public Task<IReadOnlyList<float[]>> EmbedSentenceBatch() => _embedder!.EmbedBatchAsync(_sentences, CancellationToken.None);
}
