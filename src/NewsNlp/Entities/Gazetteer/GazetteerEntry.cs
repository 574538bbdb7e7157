namespace NewsNlp.Entities.Gazetteer;

/// <summary>A thing the gazetteer knows: its type, its one name, and the state it belongs to.</summary>
/// <param name="Type">State, Location, Agency or Leader.</param>
/// <param name="Canonical">Its one name.</param>
/// <param name="State">Canonical name of the state it belongs to (a state: itself), or null.</param>
internal sealed record GazetteerEntry(EntityType Type, string Canonical, string? State);

/// <summary>How the case of the text must agree with an alias.</summary>
internal enum CaseRule : byte
{
    /// <summary>The alias starts with a capital: the text must too; the rest in any case (<c>KOrea utara</c>).</summary>
    Capitalized,
    /// <summary>The alias is all capitals (<c>AS</c>, <c>RI</c>): every letter of the text must be a capital.</summary>
    Capitals,
    /// <summary>The alias starts in lowercase (<c>detikcom</c>): any case.</summary>
    Any,
}

/// <summary>One written form of a gazetteer entry, with the case it needs.</summary>
/// <param name="Entry">What it names.</param>
/// <param name="Case">How the text's case must agree.</param>
/// <param name="CommonWord">The form is also a common word (<c>Antara</c>/<c>antara</c>): never at a sentence start.</param>
internal sealed record AliasForm(GazetteerEntry Entry, CaseRule Case, bool CommonWord)
{
    /// <summary>The case rule an alias as written calls for.</summary>
    public static CaseRule RuleOf(string alias)
    {
        var hasLetter = false;
        foreach (var c in alias)
        {
            if (!char.IsLetter(c)) continue;
            if (!hasLetter && char.IsLower(c)) return CaseRule.Any;
            hasLetter = true;
            if (char.IsLower(c)) return CaseRule.Capitalized;
        }
        return hasLetter && alias.Count(char.IsLetter) >= 2 ? CaseRule.Capitals : CaseRule.Capitalized;
    }
}
