using BenchmarkDotNet.Attributes;
using ChatBot.Answering;
using ChatBot.Knowledge;

namespace ChatBot.Benchmarks;

/// <summary>
/// Hybrid retrieval and the whole extractive answer for one question, per corpus, with the question-embedding cache
/// on (a repeated question: no model call) and off (every question embedded: the cost of a new question).
/// </summary>
[MemoryDiagnoser]
public class RetrievalBenchmarks
{
    private BenchmarkHost? _host;
    private string[] _questions = [];
    private int _next;

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = "seed";

    [Params(0, 512)]
    public int QueryCacheSize { get; set; }

    public static IEnumerable<string> Corpora => MicroBenchmarkSettings.Corpora;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = await BenchmarkHost.StartAsync(Corpus, QueryCacheSize, CancellationToken.None);
        _questions = Corpus == "seed" ? [.. BenchmarkQuestions.Seed] : [.. BenchmarkQuestions.Squad(16)];
        foreach (var question in _questions)
        {
            await _host.Answerer.AnswerAsync(new Question(question, []), null, CancellationToken.None);
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Benchmark(Description = "Retrieve passages")]
    public Task<IReadOnlyList<RetrievedPassage>> Retrieve() =>
        _host!.Retriever.RetrieveAsync(new RetrievalQuery(NextQuestion()), CancellationToken.None);

    [Benchmark(Description = "Answer (extractive, cited)")]
    public Task<Answer> AnswerQuestion() =>
        _host!.Answerer.AnswerAsync(new Question(NextQuestion(), []), null, CancellationToken.None);

    private string NextQuestion() => _questions[_next++ % _questions.Length];
}
