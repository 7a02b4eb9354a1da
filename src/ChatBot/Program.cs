using ChatBot.Api;
using ChatBot.Hosting;
using ChatBot.Insights;
using ChatBot.State;
using ChatBot.Terminal;
using ChatBot.WebChat;

// `dotnet run --project src/ChatBot -- ask "question"` or `-- chat`: the same bot in the terminal, no web server.
if (TerminalCommand.TryParse(args, out var terminal))
{
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
    return await terminal.RunAsync(Console.In, Console.Out, Console.Error, stop.Token);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddChatBotConfiguration();
builder.AddArticleAnswering();
builder.AddBot();
builder.AddHttpApi();
builder.AddInsights();
builder.AddTelemetry();

var app = builder.Build();
app.UseHttpApi();
app.MapWebChat();
app.MapHealthEndpoints();
app.MapBotEndpoint();
app.MapAskEndpoint();
app.MapArticleEndpoints();
app.MapFeedbackApi();
app.MapInsightsApi();
app.MapOpenApi();

// Non-zero when the service failed to start or stopped itself, so a supervisor restarts it.
return await app.RunToExitCodeAsync();

public partial class Program;
