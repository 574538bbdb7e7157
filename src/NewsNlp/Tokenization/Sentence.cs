namespace NewsNlp.Tokenization;

/// <summary>A sentence of a <see cref="Document"/>: its char range and the tokens it holds.</summary>
/// <param name="Start">Offset of the first char of its first token.</param>
/// <param name="End">Offset just past its last token.</param>
/// <param name="FirstToken">Index of its first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">How many tokens it holds.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    /// <summary>Index just past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
