using NewsNlp.Entities.Gazetteer;
using NewsNlp.Text;

namespace NewsNlp.Entities.Rules;

/// <summary>What a title word says about the name after it.</summary>
internal enum TitleKind : byte
{
    /// <summary>An office: the name is a <see cref="EntityType.Leader"/> with that role.</summary>
    Leader,
    /// <summary>Only a person marker (<c>wartawan</c>, <c>Bapak</c>): the name is a <see cref="EntityType.Person"/>.</summary>
    Person,
}

/// <summary>The word lists the rules use, from <c>Data/entities</c>. Built once, immutable.</summary>
internal sealed class RuleData
{
    private static readonly Lazy<RuleData> Shared = new(() => new RuleData(), LazyThreadSafetyMode.ExecutionAndPublication);

    private RuleData()
    {
        foreach (var row in LanguageData.Rows("entities/titles.tsv"))
            Titles.Add(row[0], row.Length > 1 && row[1] == "person" ? TitleKind.Person : TitleKind.Leader);
        foreach (var line in LanguageData.Lines("entities/portfolios.tsv"))
            Portfolios.Add(line, true);
        foreach (var row in LanguageData.Rows("entities/agency-descriptors.tsv"))
            Descriptors.Add(row[0], row[1]);
        foreach (var row in LanguageData.Rows("entities/name-heads.tsv"))
            Heads.Add(row[0], row[1] == "Location" ? EntityType.Location : EntityType.Agency);
        Stopwords = Headline.FunctionWords;
        PersonCues = WordSet("entities/person-cues.txt");
        VetoBefore = WordSet("entities/veto-before.txt");
        GivenNames = WordSet("entities/given-names.txt");
        PersonVerbs = WordSet("entities/person-verbs.txt");
        UnitWords = WordSet("entities/unit-words.txt");
        foreach (var line in LanguageData.Lines("entities/not-names.txt"))
            NotNames.Add(line, true);
        Ordinary = WordSet("entities/lowercase-lexicon.txt");
        Directions = WordSet("entities/place-directions.txt");
        Connectors = WordSet("entities/acronym-connectors.txt");
        ThingHeads = WordSet("entities/thing-heads.txt");
        LeadingTitles = WordSet("entities/name-leading-titles.txt");
        foreach (var line in LanguageData.Lines("entities/ranks.txt"))
            Ranks.Add(line, true);
    }

    /// <summary>The shared instance.</summary>
    public static RuleData Default => Shared.Value;

    /// <summary>Titles before a name (<c>Presiden</c>, <c>Menlu</c>, <c>wartawan</c>).</summary>
    public PhraseTable<TitleKind> Titles { get; } = new();

    /// <summary>Words that continue a title (<c>Luar Negeri</c>, <c>terpilih</c>).</summary>
    public PhraseTable<bool> Portfolios { get; } = new();

    /// <summary>Police and military ranks between an office and a name (<c>AKBP</c>, <c>Brigjen TNI</c>).</summary>
    public PhraseTable<bool> Ranks { get; } = new();

    /// <summary>Agency descriptions before a state (<c>badan mata-mata</c>) and their canonical head.</summary>
    public PhraseTable<string> Descriptors { get; } = new();

    /// <summary>Head words of organization and place names (<c>Universitas</c>, <c>Kota</c>).</summary>
    public PhraseTable<EntityType> Heads { get; } = new();

    /// <summary>Capitalized words that never continue a name (days, months, function words).</summary>
    public WordSet Stopwords { get; }

    /// <summary>Words after which capitalized words are a person's name (<c>kata</c>).</summary>
    public WordSet PersonCues { get; }

    /// <summary>Ordinary words, not names (<c>klaim</c>, <c>rudal</c>), from treebanks.</summary>
    public WordSet Ordinary { get; }

    /// <summary>Common given names (<c>Budi</c>, <c>Siti</c>): a capitalized run starting with one is a person.</summary>
    public WordSet GivenNames { get; }

    /// <summary>Speech and opinion verbs after a person's name (<c>mengatakan</c>).</summary>
    public WordSet PersonVerbs { get; }

    /// <summary>Capitalized phrases that are never a name (<c>Tanah Air</c>, <c>Merah Putih</c>).</summary>
    public PhraseTable<bool> NotNames { get; } = new();

    /// <summary>Units named before their body (<c>Korlantas</c> Polri, <c>Litbang</c> Kompas).</summary>
    public WordSet UnitWords { get; }

    /// <summary>Direction words that continue a place's name (<c>Jakarta Timur</c>).</summary>
    public WordSet Directions { get; }

    /// <summary>Small words inside an organization's name (<c>of</c>, <c>dan</c>).</summary>
    public WordSet Connectors { get; }

    /// <summary>Words opening the name of a thing with no entity type (<c>Topan</c>, <c>KRI</c>, <c>Operasi</c>).</summary>
    public WordSet ThingHeads { get; }

    /// <summary>Words opening a full name after which the person goes by the next word, titles of birth and very common first names (<c>Andi</c>, <c>Lalu</c>).</summary>
    public WordSet LeadingTitles { get; }

    /// <summary>Words after which a place name is no entity (<c>bahasa</c>).</summary>
    public WordSet VetoBefore { get; }

    private static WordSet WordSet(string path) => Text.WordSet.FromData(path);
}
