using System.Collections.Frozen;
using ChatBot.Answering.Text;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// The measure a "how big / old / long / far …" question asks for, and the words by which a sentence gives it. The
/// answer states a figure in a unit ("a capacity crowd of 135,000", "aged 37", "for six months") and seldom repeats
/// the question's adjective, so a sentence that gives the measure holds that word of the question in other words.
/// Leaving the adjective out of the question's words altogether was tried and dropped: then any sentence on the
/// subject answered "How old is the universe?".
/// </summary>
internal static class MeasureWords
{
    private static readonly string[] TimeUnits =
        ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
         "year", "years", "decade", "decades", "century", "centuries", "until", "since"];

    private static readonly string[] LengthUnits =
        ["mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers", "km", "metre", "metres", "meter",
         "meters", "m", "foot", "feet", "ft", "inch", "inches", "yard", "yards", "centimetre", "centimetres", "cm"];

    private static readonly string[] WeightUnits =
        ["kilogram", "kilograms", "kg", "pound", "pounds", "lb", "ton", "tons", "tonne", "tonnes", "gram", "grams", "ounce", "ounces"];

    private static readonly string[] Cardinals =
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
         "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand",
         "thousands", "million", "millions", "billion", "billions", "dozen", "dozens"];

    /// <summary>The words that say how many of a unit: "several weeks", "a few miles", "one year".</summary>
    private static readonly string[] NumberWords = [.. Cardinals, "one", "half", "couple", "few", "several", "many"];

    /// <summary>The words that give a size ("How big…?") besides a figure.</summary>
    private static readonly string[] Numbers = [.. Cardinals, "acre", "acres", "hectare", "hectares", "square", "capacity", "percent"];

    /// <summary>For each measure adjective's stem, the stems of the words that give that measure.</summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> UnitsByMeasure = new Dictionary<string, string[]>
    {
        ["old"] = ["age", "aged", "born", "year", "years", "month", "months", "century", "centuries", "decade", "decades"],
        ["long"] = [.. TimeUnits, .. LengthUnits],
        ["far"] = [.. LengthUnits, "away", "distance"],
        ["tall"] = LengthUnits,
        ["high"] = [.. LengthUnits, "altitude", "height"],
        ["deep"] = [.. LengthUnits, "depth"],
        ["wide"] = [.. LengthUnits, "width", "across"],
        ["heavy"] = [.. WeightUnits, "weight", "weigh", "weighs", "weighed"],
        ["fast"] = ["mph", "kph", "per", "knot", "knots", "speed"],
        ["often"] = ["every", "times", "daily", "weekly", "monthly", "annually", "yearly", "twice", "once", "regularly"],
        ["big"] = Numbers,
        ["large"] = Numbers,
        ["small"] = Numbers,
    }.ToFrozenDictionary(
        pair => TextTerms.Stem(pair.Key),
        pair => pair.Value.Select(TextTerms.Stem).ToFrozenSet(StringComparer.Ordinal),
        StringComparer.Ordinal);

    /// <summary>
    /// The units that give a measure only beside a figure: "for six months" says how long, "in recent days" does not
    /// ("How long is Griner's prison sentence?" was answered with "US officials in recent days have spoken about…").
    /// "since", "until", "born", "away" and the like give it alone.
    /// </summary>
    private static readonly FrozenSet<string> CountedUnits = TimeUnits.Except(["until", "since"]).Concat(LengthUnits).Concat(WeightUnits)
        .Concat(["mph", "kph", "knot", "knots", "times"]).Select(TextTerms.Stem).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NumberStems = NumberWords.Select(TextTerms.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The figure-only measures, for which any number in the sentence gives the measure.</summary>
    private static readonly FrozenSet<string> SizeMeasures = new[] { "big", "large", "small" }.Select(TextTerms.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The stems of the measure adjectives that directly follow "how" in the question.</summary>
    public static IReadOnlySet<string> AskedIn(IReadOnlyList<WordToken> tokens)
    {
        var asked = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i - 1].Lower == "how" && UnitsByMeasure.ContainsKey(tokens[i].Stem))
            {
                asked.Add(tokens[i].Stem);
            }
        }

        return asked;
    }

    /// <summary>Whether a text with these stems gives the measure <paramref name="measureStem"/> stands for.</summary>
    public static bool Gives(string measureStem, IReadOnlySet<string> stems)
    {
        if (!UnitsByMeasure.TryGetValue(measureStem, out var units))
        {
            return false;
        }

        var figureOnly = SizeMeasures.Contains(measureStem);
        foreach (var stem in stems)
        {
            if ((units.Contains(stem) && (!CountedUnits.Contains(stem) || stems.Any(IsFigure))) || (figureOnly && IsDigits(stem)))
            {
                return true;
            }

            // A compound keeps its unit inside one word: "the 25-year-old", "a 10-mile walk".
            if (stem.Contains('-', StringComparison.Ordinal)
                && stem.Split('-').Any(part => part.Length > 0 && units.Contains(TextTerms.Stem(part))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A figure in digits ("135,000", "20").</summary>
    private static bool IsDigits(string stem) => stem.Length > 0 && char.IsDigit(stem[0]);

    /// <summary>A figure in digits or in words ("six", "several").</summary>
    private static bool IsFigure(string stem) => IsDigits(stem) || NumberStems.Contains(stem);
}
