namespace ChatBot.Answering;

/// <summary>What kind of reply an <see cref="Answer"/> is, so each channel can render it (a badge only for <see cref="NotCovered"/>).</summary>
public enum AnswerKind
{
    /// <summary>Quotes from the articles answer the question.</summary>
    Answered,

    /// <summary>The articles do not cover the question.</summary>
    NotCovered,

    /// <summary>The articles touch the question but leave its answer open (e.g. "he did not reveal the details").</summary>
    LeftOpen,

    /// <summary>A greeting, thanks, "what can you do?" and the like: a friendly reply, not an answer from the articles.</summary>
    SmallTalk,

    /// <summary>The message is not in English; the reply says, in English, what the bot can do.</summary>
    OtherLanguage,

    /// <summary>
    /// The message has no word to search for ("why?", "how much?") and no earlier answer to read it against: the reply
    /// asks for the whole question, since "the article doesn't say" would not be true.
    /// </summary>
    Unclear,
}
