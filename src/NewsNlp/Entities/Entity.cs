namespace NewsNlp.Entities;

/// <summary>An entity mention: where it is, what it is, and the one name of what it refers to.</summary>
/// <param name="Type">Its type.</param>
/// <param name="Text">Exactly <c>input[Start..End]</c>.</param>
/// <param name="Start">UTF-16 offset of its first char.</param>
/// <param name="End">UTF-16 offset just past its last char.</param>
/// <param name="Canonical">One name per real-world thing (<c>Korut</c> → <c>Korea Utara</c>); for a date, its text.</param>
/// <param name="Role">For a <see cref="EntityType.Leader"/>, the office the text gives (<c>Presiden</c>), else null.</param>
/// <param name="Value">For a <see cref="EntityType.Date"/>, its ISO 8601 value at the text's precision, or null when it cannot be resolved.</param>
public sealed record Entity(
    EntityType Type,
    string Text,
    int Start,
    int End,
    string Canonical,
    string? Role = null,
    string? Value = null)
{
    /// <summary>For a place, the canonical name of the state it belongs to, where known (<c>Pyongyang</c> → <c>Korea Utara</c>).</summary>
    public string? LinkedState { get; init; }
}
