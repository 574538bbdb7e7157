namespace NewsNlp.Tokenization;

/// <summary>
/// The record the allocation-free tokenizer writes into a caller's buffer: where a token is
/// in the input (UTF-16 offsets) and what kind it is.
/// </summary>
/// <param name="Start">Offset of the first char.</param>
/// <param name="Length">Number of chars.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct TokenSpan(int Start, int Length, TokenKind Kind)
{
    /// <summary>Offset just past the last char.</summary>
    public int End => Start + Length;
}
