namespace NewsNlp.Entities.Rules;

/// <summary>Which rule found a mention (earlier ones are surer).</summary>
internal enum MentionOrigin : byte
{
    /// <summary>A gazetteer name.</summary>
    Gazetteer,
    /// <summary>An agency description before a state.</summary>
    Descriptor,
    /// <summary>A head word and the capitalized words after it.</summary>
    Head,
    /// <summary>The statistical tagger.</summary>
    Statistical,
    /// <summary>Capitalized words after a title.</summary>
    Title,
    /// <summary>Capitalized words after a speech verb.</summary>
    Cue,
    /// <summary>Capitalized words no other rule took, with a given name or a speech verb after them, or a place preposition before.</summary>
    Fallback,
    /// <summary>An acronym defined or a name seen earlier in the document.</summary>
    Link,
}

/// <summary>A mention while the rules work on it (mutable, private to one tagging call).</summary>
internal sealed class Mention
{
    /// <summary>First token.</summary>
    public required int FirstToken { get; init; }
    /// <summary>Token just past it (a part of a hyphenated word: its token + 1).</summary>
    public required int EndToken { get; init; }
    /// <summary>Char offset of its start.</summary>
    public required int Start { get; init; }
    /// <summary>Char offset of its end.</summary>
    public required int End { get; init; }
    /// <summary>Its type.</summary>
    public required EntityType Type { get; set; }
    /// <summary>Its one name.</summary>
    public required string Canonical { get; set; }
    /// <summary>Which rule found it.</summary>
    public required MentionOrigin Origin { get; init; }
    /// <summary>A leader's role.</summary>
    public string? Role { get; set; }
    /// <summary>For a place, the state it belongs to.</summary>
    public string? State { get; set; }
    /// <summary>True when a title made it a leader (its type stays Leader).</summary>
    public bool Titled { get; set; }

    /// <summary>True for tokens held only so that no rule tags them (a suspect's initials), never output.</summary>
    public bool Hidden { get; init; }

    /// <summary>The public entity.</summary>
    public Entity ToEntity(string text) => new(Type, text[Start..End], Start, End, Canonical, Type == EntityType.Leader ? Role : null)
    {
        LinkedState = Type == EntityType.Location ? State : null,
    };
}
