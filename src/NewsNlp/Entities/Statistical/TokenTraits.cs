namespace NewsNlp.Entities.Statistical;

/// <summary>What the tagger's features need to know about one token, as hashes (no strings).</summary>
internal struct TokenTraits
{
    /// <summary>Hash of the token as written.</summary>
    public uint Raw;
    /// <summary>Hash of the token lowered, digits as 0.</summary>
    public uint Lower;
    /// <summary>Hash of its shape with runs capped at four (<c>Xxxx</c>, <c>XXX</c>, <c>dd</c>, <c>Xx-xx</c>).</summary>
    public uint Shape;
    /// <summary>Hash of its shape with runs collapsed (<c>Xx</c>, <c>X</c>, <c>d</c>).</summary>
    public uint ShortShape;
    /// <summary>Hashes of its lowered prefixes of 1 to 4 chars.</summary>
    public uint Prefix1, Prefix2, Prefix3, Prefix4;
    /// <summary>Hashes of its lowered suffixes of 1 to 4 chars.</summary>
    public uint Suffix1, Suffix2, Suffix3, Suffix4;
    /// <summary>Its case class: 0 lower, 1 capitalized, 2 all caps, 3 starts with a digit, 4 other.</summary>
    public byte CaseClass;
    /// <summary>True when it starts with an upper-case letter.</summary>
    public bool Capitalized;
    /// <summary>True for an opening quote or bracket or a sentence mark, after which a capital says little.</summary>
    public bool OpensClause;

    /// <summary>Computes the traits of <paramref name="chars"/>.</summary>
    public static TokenTraits Of(ReadOnlySpan<char> chars)
    {
        // Normalized once: hashing the normalized chars as they are gives the same values as normalizing in each hash.
        Span<char> lower = chars.Length <= 64 ? stackalloc char[chars.Length] : new char[chars.Length];
        for (var i = 0; i < chars.Length; i++)
            lower[i] = FeatureHash.NormalizeLower(chars[i]);
        var t = new TokenTraits
        {
            Raw = FeatureHash.Of(chars, lower: false, seed: 1),
            Lower = FeatureHash.Of(lower, lower: false, seed: 2),
        };
        uint longShape = FeatureHash.Begin(3), shortShape = FeatureHash.Begin(4);
        char previous = '\0';
        var run = 0;
        int upper = 0, lowerCount = 0, letters = 0;
        foreach (var c in chars)
        {
            var s = ShapeChar(c);
            if (char.IsUpper(c)) upper++;
            if (char.IsLower(c)) lowerCount++;
            if (char.IsLetter(c)) letters++;
            run = s == previous ? run + 1 : 1;
            if (run <= 4) longShape = FeatureHash.Add(longShape, s);
            if (run == 1) shortShape = FeatureHash.Add(shortShape, s);
            previous = s;
        }
        t.Shape = FeatureHash.Mix(longShape);
        t.ShortShape = FeatureHash.Mix(shortShape);
        t.Prefix1 = Prefix(lower, 1);
        t.Prefix2 = Prefix(lower, 2);
        t.Prefix3 = Prefix(lower, 3);
        t.Prefix4 = Prefix(lower, 4);
        t.Suffix1 = Suffix(lower, 1);
        t.Suffix2 = Suffix(lower, 2);
        t.Suffix3 = Suffix(lower, 3);
        t.Suffix4 = Suffix(lower, 4);
        var first = chars.IsEmpty ? '\0' : chars[0];
        t.Capitalized = char.IsUpper(first);
        t.CaseClass = (byte)(letters > 1 && lowerCount == 0 && upper > 1 ? 2
            : char.IsUpper(first) ? 1
            : char.IsLower(first) ? 0
            : char.IsDigit(first) ? 3
            : 4);
        t.OpensClause = chars.Length == 1 && first is '"' or '\'' or '(' or '[' or '“' or '‘' or '.' or '!' or '?' or ':' or '-' or '–' or '—';
        return t;
    }

    /// <summary>The traits of the virtual tokens before the first and after the last token.</summary>
    public static TokenTraits Boundary(uint marker) => new()
    {
        Raw = marker, Lower = marker, Shape = marker, ShortShape = marker,
        Prefix1 = marker, Prefix2 = marker, Prefix3 = marker, Prefix4 = marker,
        Suffix1 = marker, Suffix2 = marker, Suffix3 = marker, Suffix4 = marker,
        CaseClass = 5,
    };

    private static char ShapeChar(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;

    private static uint Prefix(ReadOnlySpan<char> lower, int n) =>
        FeatureHash.Of(lower[..Math.Min(n, lower.Length)], lower: false, seed: 10u + (uint)n);

    private static uint Suffix(ReadOnlySpan<char> lower, int n) =>
        FeatureHash.Of(lower[Math.Max(0, lower.Length - n)..], lower: false, seed: 20u + (uint)n);
}
