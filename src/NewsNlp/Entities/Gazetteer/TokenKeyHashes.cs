using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Gazetteer;

/// <summary>Each token's <see cref="NameKey.TokenHash"/>, computed once a document and shared by the phrase tables.</summary>
internal static class TokenKeyHashes
{
    /// <summary>The hashes of <paramref name="document"/>'s tokens, in token order.</summary>
    public static uint[] Of(Document document)
    {
        if (Volatile.Read(ref document.NameKeyHashes) is { } known)
            return known;
        var text = document.Text;
        var tokens = document.Tokens;
        var hashes = new uint[tokens.Count];
        for (var i = 0; i < hashes.Length; i++)
            hashes[i] = NameKey.TokenHash(text.AsSpan(tokens[i].Start, tokens[i].Length));
        return Interlocked.CompareExchange(ref document.NameKeyHashes, hashes, null) ?? hashes;
    }
}
