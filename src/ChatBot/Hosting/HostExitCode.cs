namespace ChatBot.Hosting;

/// <summary>
/// Runs the host and turns how it ended into the process exit code, so a supervisor (<c>Restart=on-failure</c>,
/// Kubernetes, App Service) restarts a service that stopped itself: 0 only for a requested shutdown, 1 when the host
/// failed to start or stopped because a background service failed (.NET 10's host then stops "cleanly").
/// </summary>
public static partial class HostExitCode
{
    public const int Failure = 1;

    public static async Task<int> RunToExitCodeAsync(this IHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HostExitCode).FullName!);
        var backgroundServices = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToArray();
        try
        {
            try
            {
                await host.StartAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The host has logged the failure with its exception (a setting that names itself, a port in use).
                LogStartFailed(logger, ex.GetType().Name, ex.Message);
                return Failure;
            }

            await host.WaitForShutdownAsync(cancellationToken);
            var failed = backgroundServices.Where(s => s.ExecuteTask is { IsFaulted: true }).Select(s => s.GetType().Name).ToArray();
            if (failed.Length > 0)
            {
                LogStoppedByFailure(logger, string.Join(", ", failed));
                return Failure;
            }

            return 0;
        }
        finally
        {
            if (host is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else
            {
                host.Dispose();
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Critical, Message = "The service did not start ({ExceptionType}: {Reason}); exiting with code 1")]
    private static partial void LogStartFailed(ILogger logger, string exceptionType, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Critical, Message = "The service stopped because {Services} failed; exiting with code 1 so a supervisor restarts it")]
    private static partial void LogStoppedByFailure(ILogger logger, string services);
}
