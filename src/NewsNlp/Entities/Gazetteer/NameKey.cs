using System.Buffers;
using NewsNlp.Entities.Statistical;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Gazetteer;

/// <summary>
/// Lookup keys of token sequences: each token lowercased, hyphens turned into spaces and
/// apostrophes dropped, tokens joined by one space (<c>Kim Jong-un</c> and <c>KIM Jong Un</c>
/// both give <c>kim jong un</c>). Written into a caller's buffer: no allocation.
/// </summary>
internal static class NameKey
{
    /// <summary>The longest key looked up; longer sequences do not match.</summary>
    public const int MaxLength = 160;

    /// <summary>
    /// Appends the normalized <paramref name="token"/> to <paramref name="key"/> (after a space
    /// when the key is not empty); returns the new length, or -1 when it does not fit.
    /// </summary>
    public static int Append(Span<char> key, int length, ReadOnlySpan<char> token)
    {
        if (length > 0)
        {
            if (length >= key.Length) return -1;
            key[length++] = ' ';
        }
        foreach (var c in token)
        {
            if (IsApostrophe(c)) continue;
            if (length >= key.Length) return -1;
            key[length++] = IsHyphen(c) ? ' ' : NewsNlp.Text.CharCase.ToLowerInvariant(c);
        }
        return length;
    }

    /// <summary>A hash of a key's chars (<see cref="FeatureHash"/>'s FNV-1a and murmur finalizer), for <see cref="Text.KeyFilter"/>.</summary>
    public static uint Hash(ReadOnlySpan<char> key)
    {
        var h = FeatureHash.Begin(0);
        foreach (var c in key)
            h = FeatureHash.Add(h, c);
        return FeatureHash.Mix(h);
    }

    /// <summary>
    /// The <see cref="Hash"/> of the key of one token alone, without writing it: the same chars as
    /// <see cref="Append"/> writes from an empty key (a token whose key is too long gets some hash; it matches nothing anyway).
    /// </summary>
    public static uint TokenHash(ReadOnlySpan<char> token)
    {
        var h = FeatureHash.Begin(0);
        foreach (var c in token)
        {
            if (IsApostrophe(c)) continue;
            h = FeatureHash.Add(h, IsHyphen(c) ? ' ' : NewsNlp.Text.CharCase.ToLowerInvariant(c));
        }
        return FeatureHash.Mix(h);
    }

    /// <summary>The key of a phrase, tokenized as documents are.</summary>
    public static string Of(string phrase)
    {
        Span<char> key = stackalloc char[MaxLength * 2];
        var length = Write(phrase, key);
        return length < 0 ? phrase.ToLowerInvariant() : key[..length].ToString();
    }

    /// <summary>
    /// Writes the key of a phrase (tokenized as documents are) into <paramref name="key"/>; returns its
    /// length, or -1 when it does not fit (<see cref="Of"/> then falls back to the lowercased phrase).
    /// </summary>
    public static int Write(string phrase, Span<char> key)
    {
        var buffer = ArrayPool<TokenSpan>.Shared.Rent(Math.Max(16, phrase.Length / 2 + 1));
        try
        {
            // The same resumption loop as Document.Parse, so the tokens are the same.
            var length = 0;
            var offset = 0;
            while (offset < phrase.Length)
            {
                var n = Tokenizer.Tokenize(phrase.AsSpan(offset), buffer, out var consumed);
                for (var i = 0; i < n && length >= 0; i++)
                    length = Append(key, length, phrase.AsSpan(buffer[i].Start + offset, buffer[i].Length));
                if (length < 0 || consumed == 0) break;
                offset += consumed;
            }
            return length;
        }
        finally
        {
            ArrayPool<TokenSpan>.Shared.Return(buffer);
        }
    }

    /// <summary>How many tokens a phrase has, tokenized as documents are.</summary>
    public static int TokenCount(string phrase) => PhraseTokens.Of(phrase).Count;

    /// <summary>True for the hyphens that join the parts of a word.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';
}
