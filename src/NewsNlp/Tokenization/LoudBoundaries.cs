using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsNlp.Tokenization;

/// <summary>
/// The boundaries the sentence splitter must look at, found from the loud chars of the text (<see cref="LoudChars"/>)
/// instead of by reading every token as <see cref="QuietTokens.SkipQuiet"/> does: a cursor that only moves forward maps
/// each loud char to its token, and the char tells which boundary it makes loud. A mark, closer or quote at the end of a
/// token: the boundary after it; a quote or opener at its start: the one before; a dot at its start: the one after; a
/// non-ASCII char: both; a white space char in a gap: the boundary of that gap; a word that may be a starter: the one
/// before it; a colon token: the boundaries before the labels that may end there. Every boundary that
/// <see cref="QuietTokens.SkipQuiet"/> finds loud is among them, apart from the words of labels, whose colon
/// brings them in.
/// </summary>
internal ref struct LoudBoundaries
{
    private readonly ReadOnlySpan<char> _text;
    private ReadOnlySpan<TokenSpan> _tokens;
    private readonly int[] _labels;     // the numbers of words of the labels
    private readonly int _labelReach;   // the largest of them: how far back of its token a loud char can reach
    private int _block;                 // the offset of the block of _hits
    private uint _hits;                 // loud chars of the block not yet taken: bit k for _block + k
    private uint _letterBefore;         // whether the char before the next block is an ASCII letter
    private int _token;                 // the cursor: the first token that ends after the last loud char mapped
    private int _base;                  // the boundary of bit 0 of _pending
    private ulong _pending;             // the boundaries found and not yet passed (they lie within a few tokens)

    /// <summary>Starts at the beginning of <paramref name="text"/>, over its tokens (or the first window of them).</summary>
    public LoudBoundaries(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens)
    {
        _text = text;
        _tokens = tokens;
        _labels = PageFurniture.LabelLengths;
        _labelReach = _labels.Length > 0 ? _labels[^1] : 0;
        _block = -LoudChars.Stride;
    }

    /// <summary>
    /// The first boundary at or after <paramref name="b"/> (from 1, never less than at the call before) and before
    /// <paramref name="stop"/> that is not quiet, or <paramref name="stop"/> when there is none.
    /// </summary>
    public int Next(int b, int stop)
    {
        if (_pending != 0 && b > _base)
        {
            var shift = b - _base;
            _pending = shift >= 64 ? 0 : _pending >> shift;
            _base = b;
        }
        while (true)
        {
            var min = _pending != 0 ? _base + BitOperations.TrailingZeroCount(_pending) : int.MaxValue;
            if (_hits == 0 && !NextHits()) return Math.Min(min, stop);
            var at = _block + BitOperations.TrailingZeroCount(_hits);
            var token = Map(at);
            // A loud char makes boundaries from token - _labelReach on: past min (or stop), nothing later comes before it.
            // (A loud char after the last token is white space at the end: nothing follows it.)
            var earliest = token - _labelReach;
            if (earliest > min || earliest >= stop || token >= _tokens.Length) return Math.Min(min, stop);
            Take(at, token, b);
            _hits &= _hits - 1;
        }
    }

    /// <summary>After the window of tokens has moved by <paramref name="dropped"/> tokens and been filled again.</summary>
    public void Slide(int dropped, ReadOnlySpan<TokenSpan> tokens)
    {
        _tokens = tokens;
        _token = Math.Max(0, _token - dropped);
        _base -= dropped;
    }

    /// <summary>The first token that ends after <paramref name="at"/> (the token holding it, or the one after its gap).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Map(int at)
    {
        ref var first = ref MemoryMarshal.GetReference(_tokens);
        var k = _token;
        while (k < _tokens.Length && Unsafe.Add(ref first, k).End <= at) k++;
        _token = k;
        return k;
    }

    /// <summary>Adds the boundaries the loud char at <paramref name="at"/> (in or before token <paramref name="t"/>) makes loud.</summary>
    private void Take(int at, int t, int b)
    {
        var token = _tokens[t];
        var c = _text[at];
        if (at < token.Start)
        {
            Add(t, b); // a gap that is neither empty nor one space
            return;
        }
        if (c >= 128)
        {
            Add(t, b);
            Add(t + 1, b);
            return;
        }
        if (char.IsAsciiLetter(c))
        {
            if (at == token.Start) Add(t, b); // a word that may be a starter or furniture
            return;
        }
        if (c == ':')
        {
            if (token.Length == 1)
                foreach (var n in _labels) Add(t - n, b);
            return;
        }
        if (at == token.Start)
        {
            if (QuietTokens.StartsLoudChar(c)) Add(t, b);
            if (c == '.') Add(t + 1, b);
        }
        if (at == token.End - 1 && QuietTokens.EndsLoudChar(c)) Add(t + 1, b);
    }

    private void Add(int boundary, int b)
    {
        if (boundary < b || boundary >= _tokens.Length) return;
        if (_pending == 0)
        {
            _base = boundary;
            _pending = 1;
        }
        else if (boundary < _base)
        {
            _pending = (_pending << (_base - boundary)) | 1;
            _base = boundary;
        }
        else
        {
            _pending |= 1UL << (boundary - _base);
        }
    }

    /// <summary>Classifies the next blocks until one has a loud char; false at the end of the text.</summary>
    private bool NextHits()
    {
        var text = _text;
        var block = _block;
        var letterBefore = _letterBefore;
        var hits = 0u;
        while (hits == 0)
        {
            block += LoudChars.Stride;
            if (block >= text.Length)
            {
                block = text.Length;
                break;
            }
            hits = block <= text.Length - LoudChars.Width ? LoudChars.Block(text, block, ref letterBefore) : LoudChars.Tail(text, block);
        }
        _block = block;
        _letterBefore = letterBefore;
        _hits = hits;
        return hits != 0;
    }
}
