namespace NewsNlp.Numbers;

/// <summary>
/// A number expression found in a document's tokens, with its value and, where one is
/// attached, its normalized measure unit (<c>Rp1,5 triliun</c> → 1.5e12 IDR).
/// </summary>
/// <param name="FirstToken">Index of the first token of the expression (number or currency).</param>
/// <param name="EndToken">Index just past the last token of the expression, unit included.</param>
/// <param name="Start">UTF-16 offset of the expression's first char.</param>
/// <param name="End">UTF-16 offset just past the expression's last char.</param>
/// <param name="Value">The value, multipliers applied (for a range, its low end; for an approximate plural, its order of magnitude).</param>
/// <param name="Low">Low end of the interval the expression itself implies.</param>
/// <param name="High">High end of the interval the expression itself implies.</param>
/// <param name="Kind">Cardinal, approximate plural, range or ordinal.</param>
/// <param name="Unit">A normalized measure unit (<c>percent</c>, <c>IDR</c>, <c>USD</c>, <c>km</c>, <c>year</c>...) when one is part of the expression, else null.</param>
public readonly record struct NumberMatch(
    int FirstToken,
    int EndToken,
    int Start,
    int End,
    double Value,
    double Low,
    double High,
    NumberKind Kind,
    string? Unit);
