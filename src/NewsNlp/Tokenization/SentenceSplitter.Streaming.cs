namespace NewsNlp.Tokenization;

public static partial class SentenceSplitter
{
    /// <summary>How far past an opening quote <see cref="QuoteClose"/> looks for its closing quote, in tokens.</summary>
    private const int QuoteReach = 150;

    /// <summary>How far before a boundary the rules read, in tokens (closers before a mark, the word before a dot).</summary>
    private const int ReachBack = 8;

    /// <summary>
    /// How far past a boundary the rules read, in tokens: the closing quote (<see cref="QuoteReach"/>, and the token
    /// after it), page furniture (<see cref="PageFurniture.Reach"/>), a closing bracket (30).
    /// </summary>
    private static readonly int Reach = Math.Max(QuoteReach + 2, Math.Max(PageFurniture.Reach, 31));

    /// <summary>Tokens in the window of <see cref="Count"/>: 12 KB on the stack, which stays in the L1 cache with its text.</summary>
    private const int WindowTokens = 1024;

    /// <summary>
    /// Tokenizes <paramref name="text"/> and splits it into sentences in one streaming pass, without storing its
    /// tokens: the tokenizer fills a small window of tokens and the splitter decides each boundary while the
    /// tokens and their text are still in the cache. The sentences are those of <see cref="Split(ReadOnlySpan{char}, ReadOnlySpan{TokenSpan}, Span{int})"/>
    /// over all the tokens of the text. Allocates nothing.
    /// </summary>
    /// <param name="text">The text of one document.</param>
    /// <param name="tokenCount">The number of tokens.</param>
    /// <returns>The number of sentences.</returns>
    public static int Count(ReadOnlySpan<char> text, out int tokenCount)
    {
        Span<TokenSpan> window = stackalloc TokenSpan[WindowTokens];
        return Stream(text, window, [], out tokenCount);
    }

    /// <summary>
    /// The streaming split behind <see cref="Count"/>, over a caller's <paramref name="window"/> (more than
    /// <see cref="Reach"/> + <see cref="ReachBack"/> tokens). Writes the index of the first token of each sentence
    /// into <paramref name="starts"/> as long as there is room (none when empty) and returns how many sentences there are.
    /// </summary>
    internal static int Stream(ReadOnlySpan<char> text, Span<TokenSpan> window, Span<int> starts, out int tokenCount)
    {
        if (window.Length <= Reach + ReachBack + 1) throw new ArgumentException("The window is too small.", nameof(window));
        var n = Tokenizer.Tokenize(text, 0, window, out var read);
        tokenCount = n;
        if (n == 0) return 0;
        if (!starts.IsEmpty) starts[0] = 0;
        var state = new State { Count = 1, ForcedUntil = -1, QuoteCloses = -1 };
        var dropped = 0; // tokens before window[0]
        var b = 1;
        // The quiet boundaries by masks of 64, or one by one without AVX2 (QuietTokens.Skip).
        var maskBase = QuietTokens.NoMask;
        var mask = 0UL;
        while (true)
        {
            var atEnd = read >= text.Length;
            // Only boundaries whose rules read no token beyond the window are decided now.
            var limit = atEnd ? n : n - Reach;
            ReadOnlySpan<TokenSpan> tokens = window[..n];
            while (b < limit)
            {
                var stop = state.ForcedUntil >= b ? Math.Min(state.ForcedUntil, limit) : limit;
                b = QuietTokens.Skip(text, tokens, b, stop, ref maskBase, ref mask);
                if (b >= limit) break;
                if (PlainEnd(text, tokens, b, state) || Step(text, tokens, b, ref state))
                {
                    if (state.Count < starts.Length) starts[state.Count] = dropped + b;
                    state.Count++;
                }
                b++;
            }
            if (atEnd) break;
            // Keep the tokens the next boundaries may read back to, and fill the window again.
            var keep = b - ReachBack;
            window[keep..n].CopyTo(window);
            n -= keep;
            b -= keep;
            dropped += keep;
            maskBase = QuietTokens.NoMask;
            state.LineStart -= keep;
            state.ForcedUntil -= keep;
            state.QuoteCloses -= keep;
            var more = Tokenizer.Tokenize(text, read, window[n..], out read);
            n += more;
            tokenCount += more;
        }
        return state.Count;
    }
}
