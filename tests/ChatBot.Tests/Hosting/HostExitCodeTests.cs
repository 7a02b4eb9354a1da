using ChatBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Tests.Hosting;

/// <summary>The service's exit code tells a supervisor whether to restart it.</summary>
public sealed class HostExitCodeTests
{
    [Fact]
    public async Task Run_BackgroundServiceFails_ExitsNonZero()
    {
        // .NET 10 stops the host "cleanly" when a background service throws (BackgroundServiceExceptionBehavior.StopHost).
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddHostedService<FailingService>();
        using var host = builder.Build();

        var exitCode = await host.RunToExitCodeAsync();

        Assert.Equal(HostExitCode.Failure, exitCode);
    }

    [Fact]
    public async Task Run_StoppedOnRequest_ExitsZero()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddHostedService<StoppingService>();
        using var host = builder.Build();

        var exitCode = await host.RunToExitCodeAsync();

        Assert.Equal(0, exitCode);
    }

    private sealed class FailingService : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new UnauthorizedAccessException("Access to the path 'content' is denied.");
        }
    }

    private sealed class StoppingService(IHostApplicationLifetime lifetime) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            lifetime.StopApplication();
        }
    }
}
