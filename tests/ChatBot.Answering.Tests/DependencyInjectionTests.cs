using ChatBot.Answering.Extractive;
using ChatBot.Answering.Tests.Fakes;
using ChatBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Answering.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddAnswering_Resolves_ExtractiveAsKeyedAndDefault()
    {
        using var provider = Services().BuildServiceProvider();

        var keyed = provider.GetRequiredKeyedService<IQuestionAnswerer>(AnsweringServiceKeys.Extractive);
        var answerer = provider.GetRequiredService<IQuestionAnswerer>();

        Assert.IsType<ExtractiveQuestionAnswerer>(keyed);
        Assert.Same(keyed, answerer);
    }

    [Fact]
    public void AddAnswering_AfterAnotherDefault_KeepsTheOtherDefault()
    {
        var services = new ServiceCollection();
        var other = WordOverlapAnswerer.Over(new FakeKnowledgeBase());
        services.AddSingleton<IQuestionAnswerer>(other);
        services.AddLogging().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddWordOverlapKnowledge(new FakeKnowledgeBase());

        using var provider = services.AddAnswering().BuildServiceProvider();

        Assert.Same(other, provider.GetRequiredService<IQuestionAnswerer>());
        Assert.NotSame(other, provider.GetRequiredKeyedService<IQuestionAnswerer>(AnsweringServiceKeys.Extractive));
    }

    [Fact]
    public async Task AddAnswering_InvalidOptions_FailsOnStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Answering:MinAnswerability"] = "1.5";
        builder.Configuration["Answering:MaxCitations"] = "0";
        builder.Services.AddWordOverlapKnowledge(new FakeKnowledgeBase());
        builder.Services.AddAnswering();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MinAnswerability", error.Message, StringComparison.Ordinal);
    }

    private static ServiceCollection Services()
    {
        var services = new ServiceCollection();
        services.AddLogging().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddWordOverlapKnowledge(new FakeKnowledgeBase());
        services.AddAnswering();
        return services;
    }
}
