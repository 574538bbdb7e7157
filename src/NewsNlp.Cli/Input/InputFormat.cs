namespace NewsNlp.Cli.Input;

/// <summary>How input files are read.</summary>
internal enum InputFormat
{
    /// <summary>By extension: <c>.jsonl</c> and <c>.ndjson</c> are JSON Lines, everything else (and standard input) plain text.</summary>
    Auto,

    /// <summary>Each file (or standard input) is one UTF-8 document.</summary>
    Text,

    /// <summary>One JSON object a line: <c>{"id", "text", "date"?}</c>.</summary>
    Jsonl,
}
