using ChatBot.WebChat;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapWebChat();
app.MapGet("/alive", () => "ok");
app.Run();

public partial class Program;
