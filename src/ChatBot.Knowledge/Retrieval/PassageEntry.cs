namespace ChatBot.Knowledge;

/// <summary>A paragraph in a snapshot, with the range of its sentences in the snapshot's sentence tables.</summary>
internal sealed record PassageEntry(Article Article, Paragraph Paragraph, int FirstSentence, int SentenceCount);
