namespace ChatBot.Answering.SmallTalk;

/// <summary>One line of intents.tsv: a message and the intent a person meant by it.</summary>
internal sealed record LabelledMessage(MessageIntent Intent, string Text);
