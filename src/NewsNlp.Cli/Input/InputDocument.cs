namespace NewsNlp.Cli.Input;

/// <summary>One document read from an input: its id (file path or JSON id), text and optional dates.</summary>
/// <param name="Id">The file path, or the JSON line's id.</param>
/// <param name="Text">The document's text.</param>
/// <param name="Date">The JSON line's <c>date</c>: the reference date, before the article's own dateline.</param>
/// <param name="NameDate">A publication date in the file's name (<c>detik-2024-12-31-kim-putin.txt</c>): used when the text has no dateline.</param>
internal sealed record InputDocument(string Id, string Text, DateOnly? Date, DateOnly? NameDate = null);
