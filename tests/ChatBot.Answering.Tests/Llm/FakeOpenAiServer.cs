using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Answering.Tests.Llm;

/// <summary>
/// A tiny OpenAI-compatible chat completions server on a free loopback port: JSON completions, SSE streams, tool calls,
/// error statuses and hangs, as the test's responder decides. The real Semantic Kernel connector talks to it.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly WebApplication _app;
    private readonly Func<FakeChatRequest, int, FakeReply> _responder;
    private readonly List<FakeChatRequest> _requests = [];
    private readonly Lock _gate = new();
    private int _abandoned;

    private FakeOpenAiServer(WebApplication app, Func<FakeChatRequest, int, FakeReply> responder)
    {
        _app = app;
        _responder = responder;
        _app.Run(HandleAsync);
    }

    /// <summary>Base address, e.g. http://127.0.0.1:40123.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<FakeChatRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Requests the client walked away from while the server was still holding them.</summary>
    public int AbandonedRequests => Volatile.Read(ref _abandoned);

    /// <param name="responder">Given each request and its 0-based index, what to answer.</param>
    public static async Task<FakeOpenAiServer> StartAsync(Func<FakeChatRequest, int, FakeReply> responder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new FakeOpenAiServer(builder.Build(), responder);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseAddress = new Uri(address);
        return server;
    }

    public static Task<FakeOpenAiServer> StartAsync(params FakeReply[] replies) =>
        StartAsync((_, index) => replies[Math.Min(index, replies.Length - 1)]);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!context.Request.Path.Value!.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var request = new FakeChatRequest(context.Request.Path.Value, body.RootElement.Clone());
        int index;
        lock (_gate)
        {
            index = _requests.Count;
            _requests.Add(request);
        }

        var reply = _responder(request, index);
        switch (reply.Kind)
        {
            case FakeReplyKind.Status:
                context.Response.StatusCode = reply.StatusCode;
                context.Response.Headers.RetryAfter = "30";
                await context.Response.WriteAsJsonAsync(
                    new { error = new { message = "The fake server refused this request.", type = "server_error", code = reply.StatusCode.ToString(CultureInfo.InvariantCulture) } },
                    context.RequestAborted);
                break;
            case FakeReplyKind.Hang:
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref _abandoned);
                }

                break;
            case FakeReplyKind.ToolCall when request.Stream:
                await StreamAsync(context, [
                    (Delta(new { role = "assistant", tool_calls = new[] { new { index = 0, id = "call_1", type = "function", function = new { name = reply.ToolName, arguments = string.Empty } } } }, null), TimeSpan.Zero),
                    (Delta(new { tool_calls = new[] { new { index = 0, function = new { arguments = reply.ToolArguments } } } }, null), TimeSpan.Zero),
                    (Delta(new { }, "tool_calls"), TimeSpan.Zero),
                ]);
                break;
            case FakeReplyKind.ToolCall:
                await context.Response.WriteAsJsonAsync(Completion(new
                {
                    role = "assistant",
                    content = (string?)null,
                    tool_calls = new[] { new { id = "call_1", type = "function", function = new { name = reply.ToolName, arguments = reply.ToolArguments } } },
                }, "tool_calls"), context.RequestAborted);
                break;
            case FakeReplyKind.Answer when request.Stream:
                var chunks = Chunks(reply.Text).Select((chunk, i) => (
                    Delta(i == 0 ? new { role = "assistant", content = chunk } : (object)new { content = chunk }, null),
                    chunk.Contains('.', StringComparison.Ordinal) ? reply.PauseAfterSentence : TimeSpan.Zero));
                await StreamAsync(context, [.. chunks, (Delta(new { }, "stop"), TimeSpan.Zero)]);
                break;
            default:
                await context.Response.WriteAsJsonAsync(Completion(new { role = "assistant", content = reply.Text }, "stop"), context.RequestAborted);
                break;
        }
    }

    private static async Task StreamAsync(HttpContext context, IEnumerable<(object Data, TimeSpan PauseAfter)> events)
    {
        context.Response.ContentType = "text/event-stream";
        foreach (var (data, pauseAfter) in events)
        {
            await context.Response.WriteAsync("data: " + JsonSerializer.Serialize(data, Json) + "\n\n", Encoding.UTF8, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            if (pauseAfter > TimeSpan.Zero)
            {
                await Task.Delay(pauseAfter, context.RequestAborted);
            }
        }

        await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
    }

    private static object Delta(object delta, string? finishReason) => new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion.chunk",
        created = 1_700_000_000,
        model = "fake-model",
        choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
    };

    private static object Completion(object message, string finishReason) => new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "fake-model",
        choices = new[] { new { index = 0, message, finish_reason = finishReason } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    };

    /// <summary>Splits text into small pieces, as a model streams tokens.</summary>
    private static IEnumerable<string> Chunks(string text)
    {
        const int size = 7;
        for (var i = 0; i < text.Length; i += size)
        {
            yield return text.Substring(i, Math.Min(size, text.Length - i));
        }
    }
}
