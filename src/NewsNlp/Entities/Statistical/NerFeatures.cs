using System.Buffers;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Statistical;

/// <summary>
/// The statistical tagger's feature templates: each token gets <see cref="PerToken"/> hashed features
/// (word, lowered word, shapes, prefixes and suffixes, neighbours within two tokens, case with
/// sentence position, titles before it). Training and tagging share this code.
/// </summary>
internal static class NerFeatures
{
    /// <summary>Version of the templates, written into models; bump it whenever a template changes.</summary>
    public const int Version = 3;

    /// <summary>How many features each token has.</summary>
    public const int PerToken = 35 + GazetteerHits.Lists;

    private static readonly TokenTraits Before = TokenTraits.Boundary(0xB0B0B0B0u);
    private static readonly TokenTraits After = TokenTraits.Boundary(0xE0E0E0E0u);

    /// <summary>Writes the features of every token of a sentence into <paramref name="features"/> (<c>tokens.Length * PerToken</c> ids).</summary>
    public static void Extract(string text, ReadOnlySpan<TextRange> tokens, Span<uint> features, TitleWords titles)
    {
        var n = tokens.Length;
        var traits = ArrayPool<TokenTraits>.Shared.Rent(n);
        var lowered = ArrayPool<uint>.Shared.Rent(n);
        var runs = ArrayPool<int>.Shared.Rent(2 * n);
        var hits = ArrayPool<byte>.Shared.Rent(n * GazetteerHits.Lists);
        try
        {
            GazetteerHits.Find(text, tokens, hits.AsSpan(0, n * GazetteerHits.Lists));
            for (var i = 0; i < n; i++)
            {
                traits[i] = TokenTraits.Of(text.AsSpan(tokens[i].Start, tokens[i].Length));
                lowered[i] = traits[i].Lower;
            }
            FindRuns(traits.AsSpan(0, n), runs.AsSpan(0, 2 * n));
            for (var i = 0; i < n; i++)
                Extract(traits.AsSpan(0, n), lowered.AsSpan(0, n), runs[2 * i], runs[2 * i + 1], i, features.Slice(i * PerToken, PerToken), titles);
            for (var i = 0; i < n; i++)
                for (var l = 0; l < GazetteerHits.Lists; l++)
                    features[i * PerToken + 35 + l] = FeatureHash.Feature(35 + l, hits[i * GazetteerHits.Lists + l]);
        }
        finally
        {
            ArrayPool<TokenTraits>.Shared.Return(traits);
            ArrayPool<uint>.Shared.Return(lowered);
            ArrayPool<int>.Shared.Return(runs);
            ArrayPool<byte>.Shared.Return(hits);
        }
    }

    /// <summary>For each token, the first and end index of the run of capitalized tokens it is in (itself alone when it is not capitalized).</summary>
    private static void FindRuns(ReadOnlySpan<TokenTraits> traits, Span<int> runs)
    {
        var i = 0;
        while (i < traits.Length)
        {
            var end = i + 1;
            if (InRun(traits[i]))
                while (end < traits.Length && InRun(traits[end]))
                    end++;
            for (var j = i; j < end; j++)
            {
                runs[2 * j] = i;
                runs[2 * j + 1] = end;
            }
            i = end;
        }
    }

    private static void Extract(ReadOnlySpan<TokenTraits> traits, ReadOnlySpan<uint> lowered, int first, int end, int i, Span<uint> f, TitleWords titles)
    {
        ref readonly var w = ref traits[i];
        var p1 = At(traits, i - 1);
        var p2 = At(traits, i - 2);
        var n1 = At(traits, i + 1);
        var n2 = At(traits, i + 2);
        var initial = i == 0 || traits[i - 1].OpensClause;
        var k = 0;
        f[k++] = FeatureHash.Feature(0, 0);
        f[k++] = FeatureHash.Feature(1, w.Raw);
        f[k++] = FeatureHash.Feature(2, w.Lower);
        f[k++] = FeatureHash.Feature(3, w.Shape);
        f[k++] = FeatureHash.Feature(4, w.ShortShape);
        f[k++] = FeatureHash.Feature(5, w.Prefix1);
        f[k++] = FeatureHash.Feature(6, w.Prefix2);
        f[k++] = FeatureHash.Feature(7, w.Prefix3);
        f[k++] = FeatureHash.Feature(8, w.Prefix4);
        f[k++] = FeatureHash.Feature(9, w.Suffix1);
        f[k++] = FeatureHash.Feature(10, w.Suffix2);
        f[k++] = FeatureHash.Feature(11, w.Suffix3);
        f[k++] = FeatureHash.Feature(12, w.Suffix4);
        f[k++] = FeatureHash.Feature(13, p1.Lower);
        f[k++] = FeatureHash.Feature(14, p2.Lower);
        f[k++] = FeatureHash.Feature(15, n1.Lower);
        f[k++] = FeatureHash.Feature(16, n2.Lower);
        f[k++] = FeatureHash.Feature(17, p1.ShortShape);
        f[k++] = FeatureHash.Feature(18, n1.ShortShape);
        f[k++] = FeatureHash.Feature(19, p2.ShortShape);
        f[k++] = FeatureHash.Feature(20, n2.ShortShape);
        f[k++] = FeatureHash.Feature(21, p1.Lower, w.Lower);
        f[k++] = FeatureHash.Feature(22, w.Lower, n1.Lower);
        f[k++] = FeatureHash.Feature(23, p1.ShortShape, w.ShortShape, n1.ShortShape);
        f[k++] = FeatureHash.Feature(24, p1.Lower, w.ShortShape);
        f[k++] = FeatureHash.Feature(25, w.ShortShape, n1.Lower);
        f[k++] = FeatureHash.Feature(26, w.CaseClass, initial ? 1u : 0u);
        f[k++] = FeatureHash.Feature(27, TitleBefore(traits, lowered, i, titles), w.CaseClass);
        f[k++] = FeatureHash.Feature(28, p1.CaseClass, w.CaseClass, n1.CaseClass);
        f[k++] = FeatureHash.Feature(29, p1.Raw);

        // The run of capitalized tokens the token is in: its edges and the words around it.
        var length = (uint)Math.Min(end - first, 4);
        var position = !InRun(w) ? 0u : end - first == 1 ? 1u : i == first ? 2u : i == end - 1 ? 3u : 4u;
        f[k++] = FeatureHash.Feature(30, At(traits, first).Lower);
        f[k++] = FeatureHash.Feature(31, At(traits, end - 1).Lower);
        f[k++] = FeatureHash.Feature(32, length, position);
        f[k++] = FeatureHash.Feature(33, At(traits, first - 1).Lower);
        f[k++] = FeatureHash.Feature(34, At(traits, end).Lower);
    }

    /// <summary>0 when no title precedes, 1 when a title ends right before the token, 2 when one ends before a run of capitalized words leading to it.</summary>
    private static uint TitleBefore(ReadOnlySpan<TokenTraits> traits, ReadOnlySpan<uint> lowered, int i, TitleWords titles)
    {
        if (titles.TitleEndsAt(lowered, i))
            return 1;
        for (var j = i - 1; j >= 0 && j >= i - 5 && traits[j].Capitalized; j--)
            if (titles.TitleEndsAt(lowered, j))
                return 2;
        return 0;
    }

    private static bool InRun(in TokenTraits t) => t.CaseClass is 1 or 2;

    private static TokenTraits At(ReadOnlySpan<TokenTraits> traits, int i) =>
        i < 0 ? Before : i >= traits.Length ? After : traits[i];
}
