namespace ChatBot.Answering.SmallTalk;

/// <summary>What a chat message is for: a question (anything the articles might answer) or a kind of small talk.</summary>
internal enum MessageIntent
{
    Question,
    Greeting,
    Thanks,
    Acknowledgement,
    Complaint,
    Capabilities,
    Farewell,
}
