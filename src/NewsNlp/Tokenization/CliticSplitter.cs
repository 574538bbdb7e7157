namespace NewsNlp.Tokenization;

/// <summary>Finds the syntactic words of a token that carries clitics (<c>tentaranya</c> = <c>tentara</c> + <c>nya</c>).</summary>
/// <remarks>PROVISIONAL: splits nothing; the lexicon-backed splitter replaces it.</remarks>
internal static class CliticSplitter
{
    /// <summary>The word ranges (absolute offsets) of a multiword token, or null for a single-word token.</summary>
    public static TextRange[]? Split(ReadOnlySpan<char> token, int offset, TokenKind kind) => null;
}
