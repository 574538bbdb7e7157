namespace NewsNlp.Cli.Output;

/// <summary>The shape of <c>extract</c>'s output.</summary>
internal enum OutputFormat
{
    /// <summary>JSON Lines: one compact object a document.</summary>
    Jsonl,

    /// <summary>CSV: one row a claim or an entity.</summary>
    Csv,

    /// <summary>One indented JSON array of document objects.</summary>
    Json,
}

/// <summary>Which results are written.</summary>
internal enum OutputSelection
{
    /// <summary>Entities (with dates) and claims.</summary>
    All,

    /// <summary>Entities and dates only.</summary>
    Entities,

    /// <summary>Claims only.</summary>
    Claims,
}
