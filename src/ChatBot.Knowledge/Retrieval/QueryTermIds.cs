namespace ChatBot.Knowledge;

/// <summary>A question's distinct terms and adjacent term pairs as ids of one <see cref="DocumentTerms"/> vocabulary (known ones only).</summary>
internal sealed record QueryTermIds(int[] Terms, int[] Pairs);
