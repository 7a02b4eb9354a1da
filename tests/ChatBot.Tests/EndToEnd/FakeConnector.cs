using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace ChatBot.Tests.EndToEnd;

/// <summary>
/// A stand-in for the Bot Connector service on a free loopback port: the bot sends its replies here (the activity's
/// <c>serviceUrl</c>) as it would to Teams, one HTTP call per activity, and the test reads them in the order sent.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<Activity> _received = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeConnector(WebApplication app)
    {
        _app = app;
        _app.MapPost("/v3/conversations/{conversationId}/activities/{**replyTo}", ReceiveAsync);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var connector = new FakeConnector(builder.Build());
        await connector._app.StartAsync();
        connector.BaseAddress = new Uri(connector._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");
        return connector;
    }

    /// <summary>Waits (up to a generous limit, not a speed check) until an activity matching the condition arrives; returns all received so far.</summary>
    public async Task<IReadOnlyList<Activity>> WaitForAsync(Func<Activity, bool> condition, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_received.Any(condition))
                {
                    return [.. _received];
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync(request.HttpContext.RequestAborted))!;
        // The id the bot is told its reply has, as Teams assigns one; kept on the activity so a test can reply to it.
        var id = Guid.NewGuid().ToString("N");
        if (string.IsNullOrEmpty(activity.Id))
        {
            activity.Id = id;
        }

        TaskCompletionSource changed;
        lock (_gate)
        {
            _received.Add(activity);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.SetResult();
        return Results.Json(new ResourceResponse(id));
    }
}
