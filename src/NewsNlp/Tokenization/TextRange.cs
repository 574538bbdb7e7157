namespace NewsNlp.Tokenization;

/// <summary>A range of the input, <c>[Start, End)</c> in UTF-16 code units.</summary>
/// <param name="Start">Offset of the first char.</param>
/// <param name="End">Offset just past the last char.</param>
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>Number of chars in the range.</summary>
    public int Length => End - Start;
}
