using System.Collections.Frozen;
using System.Globalization;
using NewsNlp.Text;

namespace NewsNlp.Claims;

/// <summary>A phrase of lower-case words (<c>lebih dari</c>) with what it means.</summary>
internal sealed record Phrase<T>(string[] Words, T Meaning);

/// <summary>Where a bound word stands: before the number or right after it (<c>10.000 lebih</c>).</summary>
internal enum BoundPlace { Before, After }

/// <summary>What an attribution word tells about who says it (Data/claims/attribution.tsv).</summary>
internal enum AttributionKind
{
    /// <summary>Active verb of saying: the speaker stands before it.</summary>
    Before,
    /// <summary>The speaker stands after it (<c>menurut KCNA</c>).</summary>
    After,
    /// <summary>Like <see cref="After"/>, but only after a comma or quote (<c>, kata Tito</c>).</summary>
    AfterQuote,
    /// <summary>Passive or adverbial hedge; <c>oleh X</c> after it names the source.</summary>
    Hedge,
}

/// <summary>The claim extractor's language data (Data/claims), loaded once, lazily, thread-safely.</summary>
internal sealed class ClaimLexicon
{
    private static readonly Lazy<ClaimLexicon> LazyInstance = new(() => new ClaimLexicon());

    public static ClaimLexicon Instance => LazyInstance.Value;

    private ClaimLexicon()
    {
        Bounds = LanguageData.Rows("claims/bounds.tsv")
            .Select(static r => new Phrase<(ClaimBound Bound, BoundPlace Place)>(SplitWords(r[0]), (ParseBound(r[1]), r.Length > 2 && r[2].Trim() == "after" ? BoundPlace.After : BoundPlace.Before)))
            .OrderByDescending(static p => p.Words.Length).ToArray();
        Attributions = LanguageData.Rows("claims/attribution.tsv")
            .Select(static r => new Phrase<AttributionKind>(SplitWords(r[0]), ParseAttribution(r[1])))
            .OrderByDescending(static p => p.Words.Length).ToArray();
        AttributionsByFirst = Index(Attributions, static p => p.Words[0]);
        AttributionsByLast = Index(Attributions, static p => p.Words[^1]);
        RangeWords = LanguageData.Lines("claims/range-words.tsv").Select(SplitWords).OrderByDescending(static w => w.Length).ToArray();
        Units = Map("claims/units.tsv");
        Currencies = Map("claims/currencies.tsv");
        Multipliers = LanguageData.Rows("claims/multipliers.tsv")
            .ToDictionary(static r => r[0].Trim(), static r => double.Parse(r[1].Trim(), CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        Classifiers = WordSet.FromData("claims/classifiers.txt");
        IdentifierWords = WordSet.FromData("claims/identifier-words.txt");
        ScoreWords = WordSet.FromData("claims/score-words.txt");
        var oneCues = LanguageData.Rows("claims/one-count-cues.tsv");
        OneCountBefore = new WordSet(oneCues.Where(static r => r[1].Trim() == "before").Select(static r => r[0].Trim()));
        OneCountAfter = new WordSet(oneCues.Where(static r => r[1].Trim() == "after").Select(static r => r[0].Trim()));
        Months = WordSet.FromData("claims/months.txt");
        RelativeTime = WordSet.FromData("claims/relative-time.txt");
        ElapsedTime = WordSet.FromData("claims/elapsed-time.txt");
        TimeWords = WordSet.FromData("claims/time-words.txt");
        ClauseBoundaries = WordSet.FromData("claims/clause-boundaries.txt");
        Conjunctions = WordSet.FromData("claims/conjunctions.txt");
        SpeakerJoiners = WordSet.FromData("claims/speaker-joiners.txt");
        Pronouns = WordSet.FromData("claims/pronouns.txt");
        NounPhraseWords = WordSet.FromData("claims/noun-phrase-words.txt");
        Copulas = WordSet.FromData("claims/copulas.txt");
        Auxiliaries = WordSet.FromData("claims/auxiliaries.txt");
        CountingNouns = WordSet.FromData("claims/counting-nouns.txt");
        PredicateWords = WordSet.FromData("claims/predicate-adjectives.txt");
        var functionWords = LanguageData.Rows("claims/predicate-function-words.tsv").Where(static r => r.Length >= 2).ToArray();
        PrepositionsBeforeClaim = new WordSet(functionWords.Where(static r => r[1].Trim() == "before-claim").Select(static r => r[0].Trim()));
        PrepositionsOfTheVerb = new WordSet(functionWords.Where(static r => r[1].Trim() == "preposition").Select(static r => r[0].Trim()));
        PlacePrepositions = new WordSet(functionWords.Where(static r => r[1].Trim() == "place").Select(static r => r[0].Trim()));
        ExistentialVerbs = new WordSet(functionWords.Where(static r => r[1].Trim() == "existential").Select(static r => r[0].Trim()));
        DataVerbs = new WordSet(functionWords.Where(static r => r[1].Trim() == "data-verb").Select(static r => r[0].Trim()));
        AdverbsAfterVerb = new WordSet(functionWords.Where(static r => r[1].Trim() == "after-verb").Select(static r => r[0].Trim()));
        CompoundNouns = LanguageData.Lines("claims/compound-nouns.txt").Select(SplitWords).Where(static w => w.Length == 2)
            .GroupBy(static w => w[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(static g => g.Key, static g => g.Select(static w => w[1]).ToArray(), StringComparer.OrdinalIgnoreCase);
        YearWords = WordSet.FromData("claims/year-words.txt");
        AgeWords = WordSet.FromData("claims/age-words.txt");
        NonQuantityUnits = WordSet.FromData("claims/non-quantity-units.txt");
        FurnitureLines = LanguageData.Lines("claims/furniture-lines.txt").Select(SplitWords).ToArray();
        PreNumberUnits = Map("claims/prenumber-units.tsv");
        OthersWords = LanguageData.Lines("claims/others-words.txt").Select(SplitWords).OrderByDescending(static w => w.Length).ToArray();
        OutOfWords = LanguageData.Lines("claims/out-of-words.txt").Select(SplitWords).OrderByDescending(static w => w.Length).ToArray();
        ListingWords = LanguageData.Lines("claims/listing-words.txt").Select(SplitWords).OrderByDescending(static w => w.Length).ToArray();
        AddresseeWords = new WordSet(functionWords.Where(static r => r[1].Trim() == "addressee").Select(static r => r[0].Trim()));
    }

    /// <summary>Words that open the parts of a total (<c>terdiri atas</c>, <c>yakni</c>), longest first.</summary>
    public string[][] ListingWords { get; }

    /// <summary>Prepositions after a verb of saying that name who is told, not who tells (<c>ujarnya kepada Reuters</c>).</summary>
    public WordSet AddresseeWords { get; }

    /// <summary>Words that stand for the noun counted before (<c>28 lainnya</c>, <c>187 di antaranya</c>), longest first.</summary>
    public string[][] OthersWords { get; }

    /// <summary>Words joining a part to its total (<c>delapan dari sembilan fraksi</c>), longest first.</summary>
    public string[][] OutOfWords { get; }

    /// <summary>Bound phrases, longest first.</summary>
    public Phrase<(ClaimBound Bound, BoundPlace Place)>[] Bounds { get; }

    /// <summary>Attribution and hedge phrases, longest first.</summary>
    public Phrase<AttributionKind>[] Attributions { get; }

    /// <summary>Attribution phrases by their first word (longest first), asked with a span.</summary>
    public FrozenDictionary<string, Phrase<AttributionKind>[]>.AlternateLookup<ReadOnlySpan<char>> AttributionsByFirst { get; }

    /// <summary>Attribution phrases by their last word (longest first), asked with a span.</summary>
    public FrozenDictionary<string, Phrase<AttributionKind>[]>.AlternateLookup<ReadOnlySpan<char>> AttributionsByLast { get; }

    /// <summary>Words joining two numbers into a range, longest first.</summary>
    public string[][] RangeWords { get; }

    /// <summary>Measure words after a number → normalized unit.</summary>
    public IReadOnlyDictionary<string, string> Units { get; }

    /// <summary>Currency marks before a number → normalized unit.</summary>
    public IReadOnlyDictionary<string, string> Currencies { get; }

    /// <summary>Multiplier words → factor.</summary>
    public IReadOnlyDictionary<string, double> Multipliers { get; }

    public WordSet Classifiers { get; }
    public WordSet IdentifierWords { get; }
    public WordSet Months { get; }
    public WordSet RelativeTime { get; }
    /// <summary>Words after a time measure that anchor it on another event (<c>enam jam kemudian</c>): a duration, not a date.</summary>
    public WordSet ElapsedTime { get; }
    public WordSet TimeWords { get; }
    public WordSet ClauseBoundaries { get; }

    /// <summary>Words joining two noun phrases of equal rank (<c>dan</c>, <c>serta</c>).</summary>
    public WordSet Conjunctions { get; }

    /// <summary>Words joining one speaker to another in an attribution (<c>dan</c>, <c>bersama</c>, <c>sekutunya</c>).</summary>
    public WordSet SpeakerJoiners { get; }

    /// <summary>Third-person pronouns standing for the last person named (<c>ia</c>, <c>dia</c>, <c>beliau</c>).</summary>
    public WordSet Pronouns { get; }

    /// <summary>Prepositions and determiners inside a counted noun's phrase, before its verb (<c>di</c>, <c>dari</c>, <c>itu</c>).</summary>
    public WordSet NounPhraseWords { get; }
    public WordSet Copulas { get; }
    public WordSet Auxiliaries { get; }
    public WordSet CountingNouns { get; }
    public WordSet PredicateWords { get; }

    /// <summary>Prepositions of place that, right before a quantity, make it no subject of a verb after it (<c>di</c>, <c>ke</c>).</summary>
    public WordSet PrepositionsBeforeClaim { get; }

    /// <summary>Clause boundaries that, before a quantity, are prepositions of the verb before them (<c>selama</c>, <c>untuk</c>).</summary>
    public WordSet PrepositionsOfTheVerb { get; }

    /// <summary>Prepositions of place inside a counted noun's phrase, after which a verb is the noun's own (<c>di</c>, <c>dari</c>).</summary>
    public WordSet PlacePrepositions { get; }

    /// <summary>Existential verbs that give way to a relative clause after the counted noun (<c>terdapat</c>, <c>ada</c>).</summary>
    public WordSet ExistentialVerbs { get; }

    /// <summary>Verbs of recording data that are a number's event when only its noun phrase stands between (<c>mencatat</c>, <c>tercatat</c>).</summary>
    public WordSet DataVerbs { get; }

    /// <summary>Clause boundaries that are adverbs right after a verb (<c>menonaktifkan sementara</c>).</summary>
    public WordSet AdverbsAfterVerb { get; }

    /// <summary>Two-word nouns whose second word looks like a verb (<c>kerja sama</c>, <c>lalu lintas</c>, <c>bea masuk</c>): first word → second words.</summary>
    public FrozenDictionary<string, string[]> CompoundNouns { get; }
    public WordSet YearWords { get; }
    public WordSet AgeWords { get; }
    public WordSet NonQuantityUnits { get; }

    /// <summary>Words before a lone <c>satu</c> that make it a count (<c>hanya satu gol</c>).</summary>
    public WordSet OneCountBefore { get; }

    /// <summary>Words after the noun of a lone <c>satu</c> that make it a count (<c>satu kemenangan lagi</c>).</summary>
    public WordSet OneCountAfter { get; }

    /// <summary>Words before a match score (<c>menang 2-0</c>): the number after them is a claim only when no score follows.</summary>
    public WordSet ScoreWords { get; }

    /// <summary>Words that open a page-furniture line (<c>Baca juga</c>).</summary>
    public string[][] FurnitureLines { get; }

    /// <summary>Measure nouns written before the number → unit (<c>magnitudo 5,6</c>).</summary>
    public IReadOnlyDictionary<string, string> PreNumberUnits { get; }

    private static FrozenDictionary<string, Phrase<T>[]>.AlternateLookup<ReadOnlySpan<char>> Index<T>(Phrase<T>[] phrases, Func<Phrase<T>, string> key) =>
        phrases.GroupBy(key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(static g => g.Key, static g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static string[] SplitWords(string phrase) => phrase.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static Dictionary<string, string> Map(string path) =>
        LanguageData.Rows(path).Where(static r => r.Length >= 2)
            .ToDictionary(static r => r[0].Trim(), static r => r[1].Trim(), StringComparer.OrdinalIgnoreCase);

    private static ClaimBound ParseBound(string name) => name.Trim() switch
    {
        "exact" => ClaimBound.Exact,
        "approx" => ClaimBound.Approx,
        "more_than" => ClaimBound.MoreThan,
        "at_least" => ClaimBound.AtLeast,
        "less_than" => ClaimBound.LessThan,
        "at_most" => ClaimBound.AtMost,
        "range" => ClaimBound.Range,
        _ => throw new InvalidDataException($"claims/bounds.tsv: unknown bound '{name}'."),
    };

    private static AttributionKind ParseAttribution(string name) => name.Trim() switch
    {
        "before" => AttributionKind.Before,
        "after" => AttributionKind.After,
        "after-quote" => AttributionKind.AfterQuote,
        "hedge" => AttributionKind.Hedge,
        _ => throw new InvalidDataException($"claims/attribution.tsv: unknown kind '{name}'."),
    };
}
