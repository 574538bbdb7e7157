namespace NewsNlp.Cli.Input;

/// <summary>What to read and how: the INPUT arguments and the options that shape reading.</summary>
internal sealed record InputOptions
{
    /// <summary>1 MiB.</summary>
    public const long MiB = 1024 * 1024;

    /// <summary>Files, folders, or <c>-</c> (standard input). Empty means standard input.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>File-name pattern for folders (<c>*</c> and <c>?</c>).</summary>
    public string Glob { get; init; } = "*.txt";

    /// <summary>How files are read.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>The largest document accepted, in UTF-8 bytes.</summary>
    public long MaxDocumentBytes { get; init; } = 10 * MiB;

    /// <summary>Test hook: called with each file path just before it is opened.</summary>
    internal Action<string>? BeforeOpen { get; init; }

    /// <summary>True when the inputs are standard input only.</summary>
    public bool IsStdinOnly => Inputs.Count == 0 || (Inputs.Count == 1 && Inputs[0] == "-");
}
