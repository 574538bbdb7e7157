namespace NewsNlp.Cli.Input;

/// <summary>One document read from an input: its id (file path or JSON id), text and optional date.</summary>
internal sealed record InputDocument(string Id, string Text, DateOnly? Date);
