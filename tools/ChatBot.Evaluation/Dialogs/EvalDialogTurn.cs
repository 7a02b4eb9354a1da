using System.Text.Json.Serialization;

namespace ChatBot.Evaluation.Dialogs;

/// <summary>One turn of an <see cref="EvalDialog"/>: the question as the user asked it and the exact gold spans.</summary>
internal sealed record EvalDialogTurn(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answers")] IReadOnlyList<string> Answers,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("free_form_answer")] string? FreeFormAnswer);
