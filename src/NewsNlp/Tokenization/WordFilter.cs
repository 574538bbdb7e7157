namespace NewsNlp.Tokenization;

/// <summary>
/// A quick necessary test for "this token may be one of these words": a bit for every (first char, last char,
/// length) of the words, the first char kept to its low six bits (a word matched ignoring case is entered with
/// both cases of its first letter), the last char to its low five bits (which fold ASCII case), the length
/// modulo 16. A token that fails it is none of the words; one that passes may be. A token that starts or ends
/// with a non-ASCII char always passes (ignoring case, such a char may equal an ASCII one).
/// Built once, then read only (thread-safe).
/// </summary>
internal sealed class WordFilter
{
    private readonly ulong[] _bits = new ulong[64 * 32 * 16 / 64];

    /// <summary>Lets <paramref name="word"/> pass (with either ASCII case of its first letter when <paramref name="ignoreCase"/>).</summary>
    public WordFilter Add(string word, bool ignoreCase)
    {
        if (word.Length == 0 || (word[0] | word[^1]) >= 128)
        {
            Array.Fill(_bits, ulong.MaxValue); // no quick test for such a word: let everything pass
            return this;
        }
        Set(word[0], word[^1], word.Length);
        if (ignoreCase)
        {
            Set(char.ToLowerInvariant(word[0]), word[^1], word.Length);
            Set(char.ToUpperInvariant(word[0]), word[^1], word.Length);
        }
        return this;
    }

    /// <summary>False when <paramref name="token"/> is none of the words.</summary>
    public bool MayBe(ReadOnlySpan<char> text, TokenSpan token) => MayBe(text[token.Start], text[token.End - 1], token.Length);

    /// <summary>False when a token of <paramref name="length"/> chars from <paramref name="first"/> to <paramref name="last"/> is none of the words.</summary>
    public bool MayBe(char first, char last, int length)
    {
        if ((first | last) >= 128) return true;
        var key = Key(first, last, length);
        return ((_bits[key >> 6] >> (key & 63)) & 1) != 0;
    }

    /// <summary>The table behind <see cref="MayBe(char, char, int)"/>: bit <see cref="Key"/> is set for a word that may pass.</summary>
    internal ulong[] Bits => _bits;

    private void Set(char first, char last, int length)
    {
        var key = Key(first, last, length);
        _bits[key >> 6] |= 1UL << (key & 63);
    }

    /// <summary>The bit of a token of <paramref name="length"/> chars from <paramref name="first"/> to <paramref name="last"/> (ASCII).</summary>
    internal static int Key(char first, char last, int length) => ((first & 63) << 9) | ((last & 31) << 4) | (length & 15);
}
