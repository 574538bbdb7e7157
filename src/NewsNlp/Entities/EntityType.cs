namespace NewsNlp.Entities;

/// <summary>The entity types of the output contract (SPEC.md).</summary>
public enum EntityType
{
    /// <summary>A person named with, or known for, a leading office.</summary>
    Leader,
    /// <summary>Any other named person.</summary>
    Person,
    /// <summary>A sovereign state, under any of its names.</summary>
    State,
    /// <summary>Any other named place; a capital used for its government too.</summary>
    Location,
    /// <summary>A named organization: government body, military, media, company, party, international body.</summary>
    Agency,
    /// <summary>A calendar expression, absolute or relative.</summary>
    Date,
}
