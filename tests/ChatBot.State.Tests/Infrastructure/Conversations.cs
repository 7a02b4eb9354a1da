namespace ChatBot.State.Tests.Infrastructure;

/// <summary>Questions whose follow-up can only be answered with the earlier turn: "what did he say about weapons?"
/// alone has no "he" (the bot says the article doesn't say); after "Who is Sergey Lavrov?" it is Lavrov's warning
/// that weapons "will prolong the conflict".</summary>
public static class Conversations
{
    public const string AboutLavrov = "Who is Sergey Lavrov?";
    public const string HisWeaponsWarning = "what did he say about weapons?";
    public const string WeaponsPassage = "prolong the conflict";

    public const string AboutWhelan = "what did Blinken say about Paul Whelan?";
    public const string WhelanPassage = "Paul Whelan";
    public const string TheOtherDetainee = "what about the other detainee?";
    public const string OtherDetaineePassage = "Brittney Griner";

    public const string Apology = "something went wrong";
}
