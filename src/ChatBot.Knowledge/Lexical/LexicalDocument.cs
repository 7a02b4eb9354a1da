namespace ChatBot.Knowledge;

/// <summary>One unit of text for the lexical index: a paragraph (with its heading) or a sentence, and its article.</summary>
internal readonly record struct LexicalDocument(string ArticleId, string Text);
