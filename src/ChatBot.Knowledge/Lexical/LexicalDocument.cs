namespace ChatBot.Knowledge;

/// <summary>One unit of text for the lexical index: a paragraph (with its title and heading as context) or a sentence.</summary>
internal readonly record struct LexicalDocument(string ArticleId, string Text, string Context);
