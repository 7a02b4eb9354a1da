namespace ChatBot.Knowledge;

/// <summary>A BM25 match: the position of the document as it was added, and its score.</summary>
internal readonly record struct LexicalHit(int Index, float Score);
