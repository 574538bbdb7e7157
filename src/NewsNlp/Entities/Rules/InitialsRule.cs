using NewsNlp.Text;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// Crime reports hide suspects and victims behind their initials: after <c>inisial</c> / <c>berinisial</c>
/// (<c>pria berinisial AS</c>), or with the age in brackets after them (<c>tersangka AS (32)</c>). Such
/// initials are not the state or body the same letters name elsewhere, nor a name: they are held so that
/// no rule tags them, and not output.
/// </summary>
internal static class InitialsRule
{
    private static readonly WordSet Cues = WordSet.FromData("entities/initials-cues.txt");

    /// <summary>Runs the rule (before the gazetteer, so <c>AS</c> here is no state).</summary>
    public static void Run(TaggingContext context)
    {
        var count = context.Tokens.Count;
        for (var i = 0; i < count; i++)
        {
            if (context.At(i) is not null || !IsInitials(context.Span(i))) continue;
            var cued = i > 0 && Cues.Contains(context.Span(i - 1));
            if (!cued && !(IsAge(context, i + 1) && i > 0 && !context.IsChar(i - 1, '(') && !IsKnownAgency(context, i))) continue;
            context.Add(new Mention
            {
                FirstToken = i, EndToken = i + 1, Start = context.Tokens[i].Start, End = context.Tokens[i].End,
                Type = EntityType.Person, Canonical = context.Span(i).ToString(), Origin = MentionOrigin.Cue, Hidden = true,
            });
        }
    }

    /// <summary>True when the letters are a body the gazetteer knows (<c>KPK</c>): a number after it is no age.</summary>
    private static bool IsKnownAgency(TaggingContext context, int i) =>
        Gazetteer.EntityGazetteer.Default.Lookup(context.Span(i).ToString(), t => t == EntityType.Agency) is not null;

    /// <summary>Two to four capital letters, no lower-case letter or digit (<c>AS</c>, <c>MRH</c>).</summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 4) return false;
        foreach (var c in word)
            if (c is < 'A' or > 'Z') return false;
        return true;
    }

    /// <summary>An age in brackets at token <paramref name="open"/>: <c>(32)</c>.</summary>
    private static bool IsAge(TaggingContext context, int open)
    {
        if (!context.IsChar(open, '(') || !context.IsChar(open + 2, ')')) return false;
        var number = context.Span(open + 1);
        return number.Length is 1 or 2 && char.IsAsciiDigit(number[0]) && (number.Length == 1 || char.IsAsciiDigit(number[1]));
    }
}
