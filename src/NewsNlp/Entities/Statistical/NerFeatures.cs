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
        Own(traits[i], f[..OwnCount]);
        for (var k = 0; k < NeighbourCount - 1; k++)
            f[OwnCount + k] = Neighbour(k, At(traits, i + NeighbourOffset(k)));
        Pairs(traits, lowered, i, f.Slice(21, 8), titles);
        f[29] = Neighbour(NeighbourCount - 1, At(traits, i - 1));
        Runs(traits, first, end, i, f.Slice(30, RunCount));
    }

    /// <summary>How many features depend on the token alone (templates 0-12: bias, word, lowered, shapes, prefixes, suffixes).</summary>
    public const int OwnCount = 13;

    /// <summary>How many features depend on one neighbour alone (templates 13-20 and 29, see <see cref="Neighbour"/>).</summary>
    public const int NeighbourCount = 9;

    /// <summary>
    /// How many of a token's other features (<see cref="Context"/>) are hashed from words and shapes: templates 21-25, 30, 31, 33, 34,
    /// the first <see cref="WordPairCount"/> before template 26, the next two before 32, the last two after it.
    /// </summary>
    public const int HashedCount = 9;

    /// <summary>How many of a token's other features take few values (<see cref="SmallFeature"/>) besides its list hits: templates 26, 27, 28, 32.</summary>
    public const int SmallCount = 4;

    /// <summary>How many of the hashed features come before template 26.</summary>
    public const int WordPairCount = 5;

    private const int RunCount = 5;

    /// <summary>The traits of the virtual token before the first one of a sentence.</summary>
    public static ref readonly TokenTraits BeforeFirst => ref Before;

    /// <summary>The traits of the virtual token after the last one of a sentence.</summary>
    public static ref readonly TokenTraits AfterLast => ref After;

    /// <summary>Writes the <see cref="OwnCount"/> features of a token that depend on it alone (templates 0-12).</summary>
    public static void Own(in TokenTraits w, Span<uint> f)
    {
        f[0] = FeatureHash.Feature(0, 0);
        f[1] = FeatureHash.Feature(1, w.Raw);
        f[2] = FeatureHash.Feature(2, w.Lower);
        f[3] = FeatureHash.Feature(3, w.Shape);
        f[4] = FeatureHash.Feature(4, w.ShortShape);
        f[5] = FeatureHash.Feature(5, w.Prefix1);
        f[6] = FeatureHash.Feature(6, w.Prefix2);
        f[7] = FeatureHash.Feature(7, w.Prefix3);
        f[8] = FeatureHash.Feature(8, w.Prefix4);
        f[9] = FeatureHash.Feature(9, w.Suffix1);
        f[10] = FeatureHash.Feature(10, w.Suffix2);
        f[11] = FeatureHash.Feature(11, w.Suffix3);
        f[12] = FeatureHash.Feature(12, w.Suffix4);
    }

    /// <summary>
    /// Feature <paramref name="k"/> (0 to 8) of those that depend on one neighbour alone, from that neighbour's traits:
    /// templates 13-16 (its lowered word at -1, -2, +1, +2), 17-20 (its short shape at -1, +1, -2, +2), 29 (its word at -1).
    /// A token's features hold the first eight right after its own, the last at 29.
    /// </summary>
    public static uint Neighbour(int k, in TokenTraits neighbour) => k switch
    {
        < 4 => FeatureHash.Feature(13 + k, neighbour.Lower),
        < 8 => FeatureHash.Feature(13 + k, neighbour.ShortShape),
        _ => FeatureHash.Feature(29, neighbour.Raw),
    };

    /// <summary>Where the neighbour of feature <paramref name="k"/> of <see cref="Neighbour"/> is, relative to the token.</summary>
    public static int NeighbourOffset(int k) => NeighbourOffsets[k];

    private static ReadOnlySpan<sbyte> NeighbourOffsets => [-1, -2, 1, 2, -1, 1, -2, 2, -1];

    /// <summary>
    /// For the tagger: writes each token's other features than its own and its neighbours' alone, from the tokens' traits
    /// (<paramref name="traits"/>: at least their lowered word, short shape, case class, capital and clause opener) and what the lists say of
    /// each word (<paramref name="facts"/>: <see cref="GazetteerHits.FactsOf"/>, one a token, or empty): the
    /// <see cref="HashedCount"/> hashed ones into <paramref name="hashed"/>, the <see cref="SmallCount"/> with few values as indexes of
    /// <see cref="SmallFeature"/> into <paramref name="small"/>, and the <see cref="GazetteerHits.Lists"/> list hit codes (templates 35-43)
    /// into <paramref name="hits"/>. <paramref name="lowered"/> and <paramref name="runs"/> (twice the length) are scratch.
    /// </summary>
    public static void Context(string text, ReadOnlySpan<TextRange> tokens, ReadOnlySpan<TokenTraits> traits, ReadOnlySpan<byte> facts, Span<uint> lowered,
        Span<int> runs, Span<byte> hits, Span<uint> hashed, Span<ushort> small, TitleWords titles)
    {
        var n = tokens.Length;
        GazetteerHits.Find(text, tokens, hits[..(n * GazetteerHits.Lists)], facts);
        for (var i = 0; i < n; i++)
            lowered[i] = traits[i].Lower;
        FindRuns(traits, runs);
        for (var i = 0; i < n; i++)
        {
            var h = hashed.Slice(i * HashedCount, HashedCount);
            var s = small.Slice(i * SmallCount, SmallCount);
            Words(traits, i, h[..WordPairCount]);
            s[0] = (ushort)(CaseStartAt + CaseStart(traits, i));
            s[1] = (ushort)(TitleCaseAt + TitleCase(traits, lowered, i, titles));
            s[2] = (ushort)(CaseTripleAt + CaseTriple(traits, i));
            int first = runs[2 * i], end = runs[2 * i + 1];
            RunWords(traits, first, end, h[WordPairCount..]);
            s[3] = (ushort)(RunShapeAt + RunShape(traits, first, end, i));
        }
    }

    /// <summary>Templates 21-28: pairs and triples of the token and its neighbours, case with sentence position, titles before it.</summary>
    private static void Pairs(ReadOnlySpan<TokenTraits> traits, ReadOnlySpan<uint> lowered, int i, Span<uint> f, TitleWords titles)
    {
        Words(traits, i, f[..WordPairCount]);
        f[5] = SmallFeature(CaseStartAt + CaseStart(traits, i));
        f[6] = SmallFeature(TitleCaseAt + TitleCase(traits, lowered, i, titles));
        f[7] = SmallFeature(CaseTripleAt + CaseTriple(traits, i));
    }

    /// <summary>Templates 21-25: the token's lowered word and short shape with its neighbours'.</summary>
    private static void Words(ReadOnlySpan<TokenTraits> traits, int i, Span<uint> f)
    {
        ref readonly var w = ref traits[i];
        ref readonly var p1 = ref At(traits, i - 1);
        ref readonly var n1 = ref At(traits, i + 1);
        f[0] = FeatureHash.Feature(21, p1.Lower, w.Lower);
        f[1] = FeatureHash.Feature(22, w.Lower, n1.Lower);
        f[2] = FeatureHash.Feature(23, p1.ShortShape, w.ShortShape, n1.ShortShape);
        f[3] = FeatureHash.Feature(24, p1.Lower, w.ShortShape);
        f[4] = FeatureHash.Feature(25, w.ShortShape, n1.Lower);
    }

    /// <summary>Template 26's value: the case class with whether the token opens the sentence or a clause.</summary>
    private static int CaseStart(ReadOnlySpan<TokenTraits> traits, int i) =>
        traits[i].CaseClass * 2 + (i == 0 || traits[i - 1].OpensClause ? 1 : 0);

    /// <summary>Template 27's value: a title before the token (<see cref="TitleBefore"/>) with its case class.</summary>
    private static int TitleCase(ReadOnlySpan<TokenTraits> traits, ReadOnlySpan<uint> lowered, int i, TitleWords titles) =>
        (int)TitleBefore(traits, lowered, i, titles) * CaseClasses + traits[i].CaseClass;

    /// <summary>Template 28's value: the case classes of the token and its neighbours.</summary>
    private static int CaseTriple(ReadOnlySpan<TokenTraits> traits, int i) =>
        (At(traits, i - 1).CaseClass * CaseClasses + traits[i].CaseClass) * CaseClasses + At(traits, i + 1).CaseClass;

    /// <summary>Template 32's value: the length (at most 4) of the token's run of capitalized tokens <c>[first, end)</c> and its place in it.</summary>
    private static int RunShape(ReadOnlySpan<TokenTraits> traits, int first, int end, int i)
    {
        var length = Math.Min(end - first, 4);
        var position = !InRun(traits[i]) ? 0 : end - first == 1 ? 1 : i == first ? 2 : i == end - 1 ? 3 : 4;
        return length * 5 + position;
    }

    /// <summary>Case classes of <see cref="TokenTraits.CaseClass"/>, the virtual tokens' (5) included.</summary>
    private const int CaseClasses = 6;

    /// <summary>
    /// Where each template with few values starts in the numbering of <see cref="SmallFeature"/>: 26 (case class and sentence start),
    /// 27 (title before and case class), 28 (three case classes), 32 (run length and place), 35-43 (list hit codes, 10 each).
    /// </summary>
    public const int CaseStartAt = 0, TitleCaseAt = CaseStartAt + CaseClasses * 2, CaseTripleAt = TitleCaseAt + CaseClasses * 3,
        RunShapeAt = CaseTripleAt + CaseClasses * CaseClasses * CaseClasses, HitsAt = RunShapeAt + 25, HitCodes = 10,
        SmallFeatures = HitsAt + GazetteerHits.Lists * HitCodes;

    /// <summary>The feature id of value <paramref name="index"/> (0 to <see cref="SmallFeatures"/>) of the templates with few values.</summary>
    public static uint SmallFeature(int index) => index switch
    {
        < TitleCaseAt => FeatureHash.Feature(26, (uint)(index / 2), (uint)(index % 2)),
        < CaseTripleAt => FeatureHash.Feature(27, (uint)((index - TitleCaseAt) / CaseClasses), (uint)((index - TitleCaseAt) % CaseClasses)),
        < RunShapeAt => FeatureHash.Feature(28, (uint)((index - CaseTripleAt) / (CaseClasses * CaseClasses)),
            (uint)((index - CaseTripleAt) / CaseClasses % CaseClasses), (uint)((index - CaseTripleAt) % CaseClasses)),
        < HitsAt => FeatureHash.Feature(32, (uint)((index - RunShapeAt) / 5), (uint)((index - RunShapeAt) % 5)),
        _ => FeatureHash.Feature(35 + (index - HitsAt) / HitCodes, (uint)((index - HitsAt) % HitCodes)),
    };

    /// <summary>Templates 30-34: the run of capitalized tokens the token is in (<c>[first, end)</c>), its edges and the words around it.</summary>
    private static void Runs(ReadOnlySpan<TokenTraits> traits, int first, int end, int i, Span<uint> f)
    {
        Span<uint> words = stackalloc uint[4];
        RunWords(traits, first, end, words);
        f[0] = words[0];
        f[1] = words[1];
        f[2] = SmallFeature(RunShapeAt + RunShape(traits, first, end, i));
        f[3] = words[2];
        f[4] = words[3];
    }

    /// <summary>Templates 30, 31, 33, 34: the lowered words at the edges of the run <c>[first, end)</c> and around it.</summary>
    private static void RunWords(ReadOnlySpan<TokenTraits> traits, int first, int end, Span<uint> f)
    {
        f[0] = FeatureHash.Feature(30, At(traits, first).Lower);
        f[1] = FeatureHash.Feature(31, At(traits, end - 1).Lower);
        f[2] = FeatureHash.Feature(33, At(traits, first - 1).Lower);
        f[3] = FeatureHash.Feature(34, At(traits, end).Lower);
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

    private static ref readonly TokenTraits At(ReadOnlySpan<TokenTraits> traits, int i) =>
        ref i < 0 ? ref Before : ref i >= traits.Length ? ref After : ref traits[i];
}
