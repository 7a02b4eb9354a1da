using ChatBot.Answering.Tests.Fakes;
using ChatBot.Answering.Llm;
using ChatBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ChatBot.Answering.Tests.Llm;

public sealed class LlmDependencyInjectionTests
{
    [Fact]
    public void AddLlmAnswering_NoLlmSection_RegistersNothingThatTalksToAModel()
    {
        var services = Services(new Dictionary<string, string?>());

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IChatCompletionService) || d.ServiceType == typeof(Kernel));
        Assert.DoesNotContain(services, d => d.ImplementationType == typeof(GroundedLlmQuestionAnswerer));
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.IsType<FakeExtractiveAnswerer>(provider.GetRequiredService<IQuestionAnswerer>());
    }

    [Theory]
    [InlineData("AzureOpenAI", "Deployment")]
    [InlineData("AzureOpenAI", "ApiKey")]
    [InlineData("OpenAI", "Model")]
    [InlineData("OpenAICompatible", "Endpoint")]
    public void AddLlmAnswering_ProviderMissingASetting_FailsOnStartNamingTheSettingAndItsVariable(string providerName, string missing)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = providerName,
            ["Llm:Endpoint"] = "https://example.openai.azure.com/",
            ["Llm:Deployment"] = "gpt-4o-mini",
            ["Llm:Model"] = "gpt-4o-mini",
            ["Llm:ApiKey"] = "test-key",
        };
        settings.Remove($"Llm:{missing}");
        using var provider = Services(settings).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains($"Llm:{missing}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Llm__{missing}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddLlmAnswering_EndpointNotAUrl_FailsOnStart()
    {
        using var provider = Services(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Endpoint"] = "localhost:11434",
            ["Llm:Model"] = "llama3.1",
        }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("not an absolute http(s) URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddLlmAnswering_UnknownProvider_ThrowsListingTheChoices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Services(new Dictionary<string, string?> { ["Llm:Provider"] = "Ollama" }));

        Assert.Contains("None, OpenAI, AzureOpenAI, OpenAICompatible", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AddLlmAnswering_ProviderConfigured_LlmAnswererIsDefaultWhateverTheOrder(bool llmFirst)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Llm:Model"] = "llama3.1",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<IPassageRetriever>(FakeRetriever.InOrder(TestArticles.Seed()));
        services.AddSingleton<ITextEmbedder>(new HashingEmbedder());
        services.AddSingleton<IKnowledgeBase>(new FakeKnowledgeBase(TestArticles.Seed()));
        var overlap = new WordOverlapRetriever(new FakeKnowledgeBase(TestArticles.Seed()));
        services.AddSingleton<ISentenceSimilarity>(overlap);
        services.AddSingleton<IParaphraseSimilarity>(overlap);
        services.AddSingleton<IWordSimilarity>(overlap);
        if (llmFirst)
        {
            services.AddLlmAnswering(configuration);
        }

        services.AddAnswering();
        if (!llmFirst)
        {
            services.AddLlmAnswering(configuration);
        }

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<GroundedLlmQuestionAnswerer>(provider.GetRequiredService<IQuestionAnswerer>());
        Assert.IsNotType<GroundedLlmQuestionAnswerer>(provider.GetRequiredKeyedService<IQuestionAnswerer>(AnsweringServiceKeys.Extractive));
        Assert.NotNull(provider.GetRequiredService<Kernel>().GetRequiredService<IChatCompletionService>());
    }

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        var extractive = FakeExtractiveAnswerer.Answering();
        services.AddKeyedSingleton<IQuestionAnswerer>(AnsweringServiceKeys.Extractive, extractive);
        services.AddSingleton(sp => sp.GetRequiredKeyedService<IQuestionAnswerer>(AnsweringServiceKeys.Extractive));
        services.AddLlmAnswering(configuration);
        return services;
    }
}
