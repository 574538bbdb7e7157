namespace NewsNlp.Claims;

/// <summary>A quantitative claim: a quantity the text asserts about the world (SPEC.md).</summary>
/// <param name="Text">Exactly <c>input[Start..End]</c>: from the first bound word to the counted noun.</param>
/// <param name="Start">UTF-16 offset of its first char.</param>
/// <param name="End">UTF-16 offset just past its last char.</param>
/// <param name="Value">The number, multipliers applied.</param>
/// <param name="Bound">How the text bounds it.</param>
/// <param name="Low">Low end of the interval the bound implies, null when open.</param>
/// <param name="High">High end of the interval the bound implies, null when open.</param>
/// <param name="Unit">The counted noun's base form, or a normalized measure unit (<c>percent</c>, <c>IDR</c>, <c>km</c>...).</param>
/// <param name="Predicate">The event or state the number is about, in base form, or null.</param>
/// <param name="Subject">Canonical name of the entity the claim is about, or null.</param>
/// <param name="Source">Canonical names of whoever the sentence attributes the claim to; empty when none.</param>
/// <param name="Hedge">The attribution or hedging word, or null.</param>
public sealed record Claim(
    string Text,
    int Start,
    int End,
    double Value,
    ClaimBound Bound,
    double? Low,
    double? High,
    string? Unit,
    string? Predicate,
    string? Subject,
    IReadOnlyList<string> Source,
    string? Hedge);
