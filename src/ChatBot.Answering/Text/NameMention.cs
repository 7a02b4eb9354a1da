namespace ChatBot.Answering.Text;

/// <summary>A proper name found in a text: its exact span and what kind of thing it names.</summary>
internal sealed record NameMention(string Name, int Start, int End, NameKind Kind);
