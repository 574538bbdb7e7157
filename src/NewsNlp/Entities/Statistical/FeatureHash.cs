namespace NewsNlp.Entities.Statistical;

/// <summary>Stable 32-bit hashing of feature strings and feature conjunctions (FNV-1a over UTF-16 units, murmur finalizer).</summary>
/// <remarks>The values are written into model files: changing anything here changes every feature and needs a new model.</remarks>
internal static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>The hash state before any char.</summary>
    public static uint Begin(uint seed) => (Offset ^ seed) * Prime;

    /// <summary>Adds one char to a hash state.</summary>
    public static uint Add(uint state, char c) => (state ^ c) * Prime;

    /// <summary>The hash of a char sequence, lowered and digit-normalized when <paramref name="lower"/> is set.</summary>
    public static uint Of(ReadOnlySpan<char> chars, bool lower, uint seed = 0)
    {
        var h = Begin(seed);
        foreach (var c in chars)
            h = Add(h, lower ? NormalizeLower(c) : c);
        return Mix(h);
    }

    /// <summary>A char lowered, with every decimal digit mapped to <c>0</c>.</summary>
    public static char NormalizeLower(char c) => char.IsAsciiDigit(c) ? '0' : NewsNlp.Text.CharCase.ToLowerInvariant(c);

    /// <summary>A feature id for a template and one value.</summary>
    public static uint Feature(int template, uint value) => Mix(value ^ ((uint)template * 0x9E3779B1u) ^ 0x5bd1e995u);

    /// <summary>A feature id for a template and two values (a conjunction).</summary>
    public static uint Feature(int template, uint a, uint b) => Feature(template, Mix(a * 0x85EBCA77u ^ b));

    /// <summary>A feature id for a template and three values.</summary>
    public static uint Feature(int template, uint a, uint b, uint c) => Feature(template, Mix(Mix(a * 0x85EBCA77u ^ b) * 0xC2B2AE3Du ^ c));

    /// <summary>Murmur3 finalizer.</summary>
    public static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }
}
