namespace ChatBot.Answering.Extractive;

/// <summary>The kind of thing a question asks for, read from its wording.</summary>
internal enum AnswerType
{
    Unknown,
    Person,
    Time,
    Place,
    Quantity,
    Reason,
}
