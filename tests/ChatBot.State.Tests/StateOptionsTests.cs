using ChatBot.State.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace ChatBot.State.Tests;

public sealed class StateOptionsTests
{
    [Fact]
    public async Task Start_RedisProviderWithoutConnectionString_FailsNamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StateHost.StartAsync(
            new Dictionary<string, string?> { ["State:Provider"] = "Redis" }));

        Assert.Contains("State:Redis:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnknownProvider_Fails()
    {
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => StateHost.StartAsync(
            new Dictionary<string, string?> { ["State:Provider"] = "Cassandra" }));
    }

    [Fact]
    public async Task Start_ShortAdminKey_Fails()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StateHost.StartAsync(
            new Dictionary<string, string?> { ["Feedback:AdminKey"] = "short" }));

        Assert.Contains("Feedback:AdminKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoStateSection_UsesBoundedMemoryWithADayToLive()
    {
        using var host = await StateHost.StartAsync(new Dictionary<string, string?>());

        var options = host.Get<IOptions<StateOptions>>().Value;

        Assert.Equal(StateProvider.Memory, options.Provider);
        Assert.Equal(TimeSpan.FromHours(24), options.TimeToLive);
        Assert.IsType<BoundedMemoryStorage>(host.Get<Microsoft.Bot.Builder.IStorage>());
    }
}
