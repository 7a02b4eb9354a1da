namespace ChatBot.Answering.Commands;

/// <summary>Requests that are about the article as a whole rather than a fact in it.</summary>
internal enum ChatCommand
{
    None,
    Summary,
    Mentions,

    /// <summary>"Tell me more", "go on", "what else?": read on from the last answer (a summary when nothing was answered yet).</summary>
    More,
}
