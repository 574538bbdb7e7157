using NewsNlp.Entities.Gazetteer;
using NewsNlp.Entities.Rules;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Statistical;

/// <summary>
/// What the library's name lists (<c>Data/entities</c>) say about each token of a sentence, for the statistical
/// tagger's features: for each list, whether the token is inside one of its entries and where (alone, first,
/// inside, last). Lists: states, places, agencies, known leaders (the gazetteer, with the case each form
/// needs), titles, head words of places and of organizations (capitalized), common given names, and the
/// ordinary words of the language. The longest entry starting at a token wins; entries of one list do not overlap.
/// </summary>
internal static class GazetteerHits
{
    /// <summary>How many lists, so codes per token.</summary>
    public const int Lists = 9;

    /// <summary>What <see cref="FactsOf"/> says of a word: capitalized, may start a gazetteer name, a title, a head phrase (capitalized only), is a given name (capitalized only), an ordinary word.</summary>
    public const byte Capitalized = 1, MayStartName = 2, MayStartTitle = 4, MayStartHead = 8, GivenNameWord = 16, OrdinaryWord = 32;

    /// <summary>What the lists say of <paramref name="word"/> alone (the <see cref="Capitalized"/> ... <see cref="OrdinaryWord"/> bits), so that a caller can keep it per word.</summary>
    public static byte FactsOf(ReadOnlySpan<char> word)
    {
        var rules = RuleData.Default;
        var capitalized = word.Length > 0 && char.IsUpper(word[0]);
        var hash = NameKey.TokenHash(word);
        var facts = 0;
        if (capitalized) facts |= Capitalized;
        if (EntityGazetteer.Default.Names.MayStartWith(hash)) facts |= MayStartName;
        if (rules.Titles.MayStartWith(hash)) facts |= MayStartTitle;
        if (capitalized && rules.Heads.MayStartWith(hash)) facts |= MayStartHead;
        if (capitalized && rules.GivenNames.Contains(word)) facts |= GivenNameWord;
        if (rules.Ordinary.Contains(word)) facts |= OrdinaryWord;
        return (byte)facts;
    }

    private const int State = 0, Place = 1, Agency = 2, Leader = 3, Title = 4, PlaceHead = 5, AgencyHead = 6, GivenName = 7, Ordinary = 8;

    /// <summary>
    /// Writes, for token <c>i</c> and list <c>l</c>, <c>codes[i * Lists + l]</c>: 0 outside its entries, 1 an entry of one token,
    /// 2 the first token of a longer one, 3 inside, 4 its last; plus 5 when the entry is also a common word (<c>Antara</c>).
    /// </summary>
    public static void Find(string text, ReadOnlySpan<TextRange> tokens, Span<byte> codes) => Find(text, tokens, codes, default);

    /// <summary>
    /// As <see cref="Find(string, ReadOnlySpan{TextRange}, Span{byte})"/>, with each token's <see cref="FactsOf"/> in <paramref name="facts"/>
    /// when the caller has them (one a token), or empty to work them out here.
    /// </summary>
    public static void Find(string text, ReadOnlySpan<TextRange> tokens, Span<byte> codes, ReadOnlySpan<byte> facts)
    {
        codes.Clear();
        var n = tokens.Length;
        Span<int> ends = stackalloc int[Lists];
        Span<bool> common = stackalloc bool[Lists];
        Span<int> covered = stackalloc int[Lists];
        Span<char> key = stackalloc char[NameKey.MaxLength];
        var gazetteer = EntityGazetteer.Default.Names;
        var rules = RuleData.Default;
        for (var i = 0; i < n; i++)
        {
            ends.Clear();
            common.Clear();
            var first = text.AsSpan(tokens[i].Start, tokens[i].Length);
            // Every table's keys are in its filter: a token no key starts with is turned away without a lookup.
            var word = facts.IsEmpty ? FactsOf(first) : facts[i];
            if ((word & MayStartName) != 0)
                for (var names = new PhraseWalk<AliasForm>(gazetteer, text, tokens, i, key); names.Next(out var forms, out var end);)
                    for (var f = 0; f < forms.Count; f++)
                    {
                        var form = forms[f];
                        if (!CaseAgrees(form.Case, text, tokens, i, end)) continue;
                        var list = form.Entry.Type switch
                        {
                            EntityType.State => State,
                            EntityType.Location => Place,
                            EntityType.Agency => Agency,
                            _ => Leader,
                        };
                        ends[list] = end;
                        common[list] = form.CommonWord;
                    }
            if ((word & MayStartTitle) != 0)
                for (var titles = new PhraseWalk<TitleKind>(rules.Titles, text, tokens, i, key); titles.Next(out var kinds, out var end);)
                    if (kinds.Count > 0) ends[Title] = end;
            if ((word & MayStartHead) != 0)
                for (var heads = new PhraseWalk<EntityType>(rules.Heads, text, tokens, i, key); heads.Next(out var types, out var end);)
                    for (var t = 0; t < types.Count; t++)
                        ends[types[t] == EntityType.Location ? PlaceHead : AgencyHead] = end;
            if ((word & GivenNameWord) != 0) ends[GivenName] = i + 1;
            if ((word & OrdinaryWord) != 0) ends[Ordinary] = i + 1;
            for (var list = 0; list < Lists; list++)
            {
                if (ends[list] == 0 || i < covered[list]) continue;
                covered[list] = ends[list];
                var extra = common[list] ? 5 : 0;
                if (ends[list] == i + 1)
                {
                    codes[i * Lists + list] = (byte)(1 + extra);
                    continue;
                }
                for (var k = i; k < ends[list]; k++)
                    codes[k * Lists + list] = (byte)((k == i ? 2 : k == ends[list] - 1 ? 4 : 3) + extra);
            }
        }
    }

    private static bool CaseAgrees(CaseRule rule, string text, ReadOnlySpan<TextRange> tokens, int first, int end)
    {
        switch (rule)
        {
            case CaseRule.Capitalized:
                return tokens[first].Length > 0 && char.IsUpper(text[tokens[first].Start]);
            case CaseRule.Capitals:
                for (var i = first; i < end; i++)
                    foreach (var c in text.AsSpan(tokens[i].Start, tokens[i].Length))
                        if (char.IsLower(c)) return false;
                return true;
            default:
                return true;
        }
    }
}
