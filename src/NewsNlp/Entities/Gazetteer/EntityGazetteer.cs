using NewsNlp.Text;

namespace NewsNlp.Entities.Gazetteer;

/// <summary>
/// The names the library knows, from the data files under <c>Data/entities</c>: sovereign states
/// (generated from the ISO list plus Indonesian short forms), places linked to their state,
/// agencies, and well-known leaders. Built once, lazily, thread-safely; immutable after.
/// </summary>
internal sealed class EntityGazetteer
{
    private static readonly Lazy<EntityGazetteer> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, string> _stateByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> _byCanonical = new(StringComparer.Ordinal);
    private readonly HashSet<string> _commonWords;

    private EntityGazetteer()
    {
        _commonWords = new HashSet<string>(LanguageData.Lines("entities/common-words.txt").Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
    }

    /// <summary>The gazetteer of the embedded data.</summary>
    public static EntityGazetteer Default => Shared.Value;

    /// <summary>Every written form, by token n-gram.</summary>
    public PhraseTable<AliasForm> Names { get; } = new();

    /// <summary>Canonical name of the state with this ISO alpha-2 code, or null.</summary>
    public string? StateOf(string code) => _stateByCode.GetValueOrDefault(code);

    /// <summary>The entry whose canonical name this is (first added wins), or null.</summary>
    public GazetteerEntry? ByCanonical(string canonical) => _byCanonical.GetValueOrDefault(canonical);

    /// <summary>The entry of exactly this phrase, case aside, of an accepted type, or null.</summary>
    public GazetteerEntry? Lookup(string phrase, Func<EntityType, bool> accept)
    {
        Span<char> key = stackalloc char[NameKey.MaxLength * 2];
        var length = NameKey.Write(phrase, key);
        var found = length < 0 ? Names.TryGet(phrase.ToLowerInvariant(), out var forms) : Names.TryGet(key[..length], out forms);
        if (!found) return null;
        foreach (var form in forms)
            if (accept(form.Entry.Type)) return form.Entry;
        return null;
    }

    private static EntityGazetteer Load()
    {
        var g = new EntityGazetteer();
        g.LoadStates();
        g.LoadTable("entities/agencies.tsv", EntityType.Agency);
        g.LoadTable("entities/leaders.tsv", EntityType.Leader);
        g.LoadTable("entities/places.tsv", EntityType.Location);
        g.LoadTable("entities/regions-id.tsv", EntityType.Location);
        g.LoadGeneratedCapitals();
        foreach (var row in LanguageData.Rows("entities/territories.generated.tsv"))
            g.AddAll(new GazetteerEntry(EntityType.Location, row[1].Split('|')[0], null), row[1].Split('|'));
        return g;
    }

    private void LoadStates()
    {
        var generated = LanguageData.Rows("entities/states.generated.tsv").ToDictionary(r => r[0], r => r[1].Split('|'));
        var hand = LanguageData.Rows("entities/states.tsv").ToDictionary(r => r[0], r => r);
        foreach (var code in generated.Keys.Concat(hand.Keys).Distinct())
        {
            var names = generated.GetValueOrDefault(code) ?? [];
            var row = hand.GetValueOrDefault(code);
            var canonical = row is not null && row[1] != "-" ? row[1] : names.FirstOrDefault() ?? row![1];
            _stateByCode[code] = canonical;
            var aliases = names.Concat(row is { Length: > 2 } ? row[2].Split('|') : []);
            AddAll(new GazetteerEntry(EntityType.State, canonical, canonical), aliases);
        }
    }

    private void LoadTable(string path, EntityType type)
    {
        foreach (var row in LanguageData.Rows(path))
        {
            var state = row.Length > 1 && row[1] != "-" ? StateOf(row[1]) : null;
            var aliases = row.Length > 2 ? row[2].Split('|') : [];
            AddAll(new GazetteerEntry(type, row[0], state), aliases);
        }
    }

    private void LoadGeneratedCapitals()
    {
        foreach (var row in LanguageData.Rows("entities/states.generated.tsv"))
        {
            if (row.Length < 3 || row[2].Length == 0) continue;
            var state = StateOf(row[0]);
            foreach (var capital in row[2].Split('|'))
                if (!_commonWords.Contains(capital.ToLowerInvariant()) && !Names.TryGet(NameKey.Of(capital), out _))
                    AddAll(new GazetteerEntry(EntityType.Location, capital, state), []);
        }
    }

    private void AddAll(GazetteerEntry entry, IEnumerable<string> aliases)
    {
        _byCanonical.TryAdd(entry.Canonical, entry);
        foreach (var alias in aliases.Prepend(entry.Canonical).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct())
        {
            var common = _commonWords.Contains(alias.ToLowerInvariant());
            Names.Add(alias, new AliasForm(entry, AliasForm.RuleOf(alias), common));
        }
    }
}
