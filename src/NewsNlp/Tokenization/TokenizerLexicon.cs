using System.Collections.Frozen;
using NewsNlp.Text;

namespace NewsNlp.Tokenization;

/// <summary>
/// The word lists the scanner consults (abbreviations, currency codes, units, hyphen prefixes,
/// domains) and the sentence splitter's words, read once from <c>Data/tokenizer/*</c> and looked up by span without allocating.
/// </summary>
internal static class TokenizerLexicon
{
    /// <summary>Where an abbreviation stands, which tells whether its dot may end a sentence.</summary>
    public enum AbbreviationRole : byte
    {
        /// <summary>Not an abbreviation.</summary>
        None,
        /// <summary>Before a name or number (<c>Dr.</c>, <c>Jl.</c>, <c>No.</c>): never ends a sentence.</summary>
        Title,
        /// <summary>After a name or list (<c>Tbk.</c>, <c>dll.</c>): may end a sentence.</summary>
        Suffix,
    }

    /// <summary>The role of <paramref name="word"/> (without its dot) as an abbreviation.</summary>
    public static AbbreviationRole Abbreviation(ReadOnlySpan<char> word) =>
        Holder.Abbreviations.TryGetValue(word, out var role) ? role : AbbreviationRole.None;

    /// <summary>True for a currency code written before digits (<c>Rp</c>, <c>US</c>).</summary>
    public static bool IsCurrencyCode(ReadOnlySpan<char> word) => Holder.Currencies.Contains(word);

    /// <summary>True for a unit or multiplier written after digits (<c>ribu</c>, <c>km</c>).</summary>
    public static bool IsUnit(ReadOnlySpan<char> word) => Holder.Units.Contains(word);

    /// <summary>True for a word that a hyphen binds to a capitalised word (<c>Al</c>, <c>Indo</c>).</summary>
    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) => Holder.HyphenPrefixes.Contains(word);

    /// <summary>True for a domain suffix (<c>com</c>, <c>id</c>).</summary>
    public static bool IsDomainSuffix(ReadOnlySpan<char> word) => Holder.Domains.Contains(word);

    /// <summary>True for a function word that, capitalised after an unpunctuated word, starts a sentence (<c>Pada</c>, <c>Namun</c>).</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => SentenceWords.Starters.Contains(word);

    /// <summary>True for a word after which quoted text goes on in the same sentence (<c>seperti</c>, <c>berjudul</c>).</summary>
    public static bool IsQuoteIntroducer(ReadOnlySpan<char> word) => SentenceWords.QuoteIntroducers.Contains(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Load(string path, StringComparer comparer) =>
        LanguageData.Lines(path).ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sentence splitter's words, loaded when it first needs them, not with the scanner's.</summary>
    private static class SentenceWords
    {
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = Load("tokenizer/sentence-starters.txt", StringComparer.Ordinal);
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuoteIntroducers = Load("tokenizer/quote-introducers.txt", StringComparer.OrdinalIgnoreCase);
    }

    private static class Holder
    {
        public static readonly FrozenDictionary<string, AbbreviationRole>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
            LanguageData.Rows("tokenizer/abbreviations.tsv")
                .ToFrozenDictionary(r => r[0], r => r.Length > 1 && r[1] == "suffix" ? AbbreviationRole.Suffix : AbbreviationRole.Title, StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>();

        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Currencies = Load("tokenizer/currencies.txt", StringComparer.Ordinal);
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = Load("tokenizer/units.txt", StringComparer.Ordinal);
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixes = Load("tokenizer/hyphen-prefixes.txt", StringComparer.OrdinalIgnoreCase);
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Domains = Load("tokenizer/tlds.txt", StringComparer.OrdinalIgnoreCase);

    }
}
