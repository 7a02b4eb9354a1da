namespace ChatBot.Answering.Commands;

/// <summary>Requests that are about the article as a whole rather than a fact in it.</summary>
internal enum ChatCommand
{
    None,
    Summary,
    Mentions,
}
