using System.Text.RegularExpressions;
using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Conversation;

/// <summary>
/// Turns a follow-up ("and what did he accuse the West of?", "what about the other detainee?", "what would the US
/// do then?", "where?") into the question it stands for: ellipsis ("what about X?") takes the previous question with
/// X in place of its subject; a question that leans on the previous one carries it as context, visibly.
/// </summary>
internal sealed partial class FollowUpQuestionRewriter(IKnowledgeBase knowledgeBase)
{
    public ResolvedQuestion Rewrite(string question, IReadOnlyList<ConversationTurn> history)
    {
        var text = question.Trim();
        var previous = history.Count > 0 ? history[^1] : null;
        if (previous is null)
        {
            return new ResolvedQuestion(text, false);
        }

        var stripped = LeadingConnector().Replace(text, string.Empty);
        var leansOnPrevious = stripped.Length != text.Length;

        // "and Lavrov?" after a question is "what about Lavrov?": a connector, then only the thing asked about.
        var whatAbout = WhatAbout().Match(stripped) is { Success: true } about ? about : leansOnPrevious ? BareSubject().Match(stripped) : Match.Empty;
        if (whatAbout.Success)
        {
            var subject = ResolveOther(whatAbout.Groups["subject"].Value.Trim(), previous);
            return new ResolvedQuestion(Substitute(previous.StandaloneQuestion, subject), true);
        }

        // A pronoun or a vague reference ("it", "then", "where?") is not replaced by a guessed name: on the CoQA tune
        // dialogs, substituting names lost more than it won (0.363 against 0.400 for carrying the previous question).
        // The previous question goes along as context, and ConversationRanker weighs where the last answer was.
        var refersToTopic = VagueReference().IsMatch(stripped) && TextTerms.ContentStems(stripped).Count <= 3;
        var vague = ThenLike().IsMatch(stripped) || Pronoun().IsMatch(stripped) || refersToTopic;
        if (vague || (leansOnPrevious && !HasName(stripped)) || TextTerms.ContentStems(stripped).Count == 0)
        {
            var core = TrailingThen().Replace(stripped.TrimEnd('?', ' ', '.'), string.Empty);
            var standalone = $"{TextTerms.WithCapital(core)} (in the context of: {ContextNote().Replace(previous.StandaloneQuestion, string.Empty).TrimEnd('?', ' ')})?";
            return new ResolvedQuestion(standalone, true) { Focus = TextTerms.WithCapital(core) + "?", RefersToTopic = refersToTopic };
        }

        return new ResolvedQuestion(leansOnPrevious ? TextTerms.WithCapital(stripped) : text, false);
    }

    /// <summary>"the other detainee": the name that the previous turn's passages pair with the one it asked about.</summary>
    private string ResolveOther(string subject, ConversationTurn previous)
    {
        if (!subject.StartsWith("the other", StringComparison.OrdinalIgnoreCase))
        {
            return subject;
        }

        var asked = NamesIn(previous.StandaloneQuestion).Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (text, mentions) in CitedParagraphs(previous))
        {
            var people = mentions.Where(m => m.Kind == NameKind.Person).ToList();
            for (var i = 0; i < people.Count - 1; i++)
            {
                var (a, b) = (people[i], people[i + 1]);
                var between = text[a.End..b.Start];
                var paired = between.Length < 60 && (between.Contains(" and ", StringComparison.Ordinal) || between.Trim() == ",");
                if (paired && asked.Contains(a.Name) != asked.Contains(b.Name))
                {
                    return asked.Contains(a.Name) ? b.Name : a.Name;
                }
            }

            var other = people.FirstOrDefault(p => !asked.Contains(p.Name) && asked.Count > 0);
            if (other is not null)
            {
                return other.Name;
            }
        }

        return subject;
    }

    /// <summary>"What did Blinken say about Paul Whelan?" + "Brittney Griner" → "What did Blinken say about Brittney Griner?".</summary>
    private static string Substitute(string previousQuestion, string subject)
    {
        var names = NamesIn(previousQuestion);
        var subjectIsName = char.IsUpper(subject[0]);
        var target = subjectIsName ? names.LastOrDefault(n => n.Kind == NameKind.Person) ?? names.LastOrDefault() : null;
        if (target is not null)
        {
            return previousQuestion[..target.Start] + subject + previousQuestion[target.End..];
        }

        var about = AboutTail().Match(previousQuestion);
        if (about.Success)
        {
            return previousQuestion[..about.Groups["topic"].Index] + subject.TrimEnd('?') + "?";
        }

        return $"What does the article say about {subject.TrimEnd('?')}?";
    }

    private IEnumerable<(string Text, IReadOnlyList<NameMention> Mentions)> CitedParagraphs(ConversationTurn previous)
    {
        foreach (var citation in previous.Citations)
        {
            var article = knowledgeBase.FindArticle(citation.ArticleId);
            var paragraph = article?.Paragraphs.FirstOrDefault(p => p.Number == citation.Paragraph);
            if (article is not null && paragraph is not null)
            {
                yield return (article.Text, NameFinder.Find(article.Text, paragraph.Span.Start, paragraph.Span.End));
            }
        }
    }

    /// <summary>Names in a question, ignoring its first word (capitalised because it starts the sentence).</summary>
    private static List<NameMention> NamesIn(string question) =>
        NameFinder.Find(question, 0, question.Length).Where(n => n.Start > 0 || n.Kind != NameKind.Other).ToList();

    private static bool HasName(string question) => NamesIn(question).Count > 0;

    [GeneratedRegex(@"^(?:(?:and|but|so|also|ok|okay|then|well)\b[,]?\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConnector();

    [GeneratedRegex(@"^(?:what|how)\s+about\s+(?<subject>.+?)\s*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatAbout();

    [GeneratedRegex(@"^(?!(?:who|whom|whose|what|when|where|why|how|which|did|does|do|is|are|was|were|can|could|will|would|has|have|had|should|in|on|at|for|to|from|by|with|about|after|before|since|during|then|more|else|thanks|thank|please|yes|no|ok|okay|he|she|it|they|him|her|them|that|this|these|those|you)\b)(?<subject>\p{L}[\p{L}'-]*(?:\s+[\p{L}'-]+){0,3})\s*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex BareSubject();

    [GeneratedRegex(@"\b(?:he|she|him|his|her|hers|they|them|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b(?:that|this|it|its|there|those|these)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueReference();

    [GeneratedRegex(@"\b(?:then|in\s+that\s+case|if\s+so|after\s+that)\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ThenLike();

    [GeneratedRegex(@"[,]?\s*\b(?:then|in\s+that\s+case|if\s+so)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingThen();

    [GeneratedRegex(@"\s*\(in the context of: .*\)")]
    private static partial Regex ContextNote();

    [GeneratedRegex(@"\babout\s+(?<topic>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTail();
}
