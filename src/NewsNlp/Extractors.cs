namespace NewsNlp;

/// <summary>Which parts of the pipeline run.</summary>
[Flags]
public enum Extractors
{
    /// <summary>Only tokens and sentences.</summary>
    None = 0,
    /// <summary>Leaders, people, states, places, agencies.</summary>
    Entities = 1,
    /// <summary>Date entities, resolved to ISO values.</summary>
    Dates = 2,
    /// <summary>Quantitative claims (they use entities and dates when those run).</summary>
    Claims = 4,
    /// <summary>Everything.</summary>
    All = Entities | Dates | Claims,
}
