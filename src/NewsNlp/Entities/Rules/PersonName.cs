using System.Text;

namespace NewsNlp.Entities.Rules;

/// <summary>The canonical form of a person's name as written: one space between words, Korean-style hyphenated given names unified (<c>Jong-un</c> → <c>Jong Un</c>).</summary>
internal static class PersonName
{
    /// <summary>The canonical form of tokens <c>[first, end)</c>.</summary>
    public static string Canonical(TaggingContext context, int first, int end)
    {
        var builder = new StringBuilder();
        for (var i = first; i < end; i++)
        {
            var span = context.Span(i);
            if (span is ".") { builder.Append('.'); continue; }
            var tight = i > first && context.Tokens[i].Start == context.Tokens[i - 1].End &&
                        (span is "-" || context.Span(i - 1) is "-");
            if (tight) { builder.Append(span); continue; } // Jean-Pierre: a hyphen written tight stays
            if (builder.Length > 0) builder.Append(' ');
            AppendWord(builder, span);
        }
        return builder.ToString();
    }

    private static void AppendWord(StringBuilder builder, ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOfAny('-', '\u2010', '\u2011');
        if (hyphen > 0 && hyphen < word.Length - 1 && char.IsUpper(word[0]) && IsSyllable(word[(hyphen + 1)..]))
        {
            builder.Append(word[..hyphen]).Append(' ').Append(char.ToUpperInvariant(word[hyphen + 1])).Append(word[(hyphen + 2)..]);
            return;
        }
        builder.Append(word);
    }

    private static bool IsSyllable(ReadOnlySpan<char> part)
    {
        if (part.Length > 6) return false;
        for (var k = 0; k < part.Length; k++)
            if (!char.IsLetter(part[k]) || (k > 0 && char.IsUpper(part[k]))) return false;
        return true;
    }
}
