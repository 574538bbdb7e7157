namespace NewsNlp.Cli.Output;

/// <summary>
/// One document after extraction, ready to write: the result itself (CSV, JSON) or its JSON line
/// already serialized on the worker thread (JSON Lines), with the counts for the summary.
/// </summary>
internal sealed record ProcessedDocument(string Id, ExtractionResult? Result, byte[]? JsonLine, int Entities, int Claims);
