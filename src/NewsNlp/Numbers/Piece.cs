namespace NewsNlp.Numbers;

/// <summary>What a <see cref="Piece"/> holds.</summary>
internal enum PieceKind : byte
{
    /// <summary>A run of digits with the separators inside it: <c>10.000</c>, <c>1,5</c>.</summary>
    Digits,
    /// <summary>A run of letters: <c>ribu</c>, <c>Rp</c>.</summary>
    Letters,
    /// <summary>One other char: <c>%</c>, <c>$</c>, <c>-</c>, <c>/</c>, <c>(</c>.</summary>
    Symbol,
}

/// <summary>
/// A piece of a token: tokens are cut where letters meet digits or symbols, so that
/// <c>Rp1,5</c>, <c>3ribu</c>, <c>30%</c> and <c>ke-3</c> read the same whether the tokenizer
/// keeps them as one token or several.
/// </summary>
/// <param name="Token">Index of the token it belongs to.</param>
/// <param name="Start">UTF-16 offset of its first char.</param>
/// <param name="End">UTF-16 offset just past its last char.</param>
/// <param name="Kind">Digits, letters or a symbol.</param>
internal readonly record struct Piece(int Token, int Start, int End, PieceKind Kind)
{
    /// <summary>Number of chars.</summary>
    public int Length => End - Start;
}
