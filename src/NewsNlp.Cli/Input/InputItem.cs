namespace NewsNlp.Cli.Input;

/// <summary>A problem with one input (a file, a folder, a line of a JSON Lines file), reported by name and line.</summary>
/// <param name="Source">The input as the user named it (a path, <c>stdin</c>).</param>
/// <param name="Line">The 1-based line of a JSON Lines input, else null.</param>
/// <param name="Message">What is wrong, in plain words.</param>
internal sealed record InputError(string Source, long? Line, string Message)
{
    /// <summary><c>source:line: message</c>, the way compilers report.</summary>
    public override string ToString() => Line is { } line ? $"{Source}:{line}: {Message}" : $"{Source}: {Message}";
}

/// <summary>One step of reading the inputs: either a document or an error, with the bytes it covered (for progress).</summary>
internal readonly record struct InputItem(InputDocument? Document, InputError? Error, long Bytes)
{
    public static InputItem Of(InputDocument document, long bytes) => new(document, null, bytes);

    public static InputItem Fail(string source, long? line, string message, long bytes = 0) => new(null, new InputError(source, line, message), bytes);
}
