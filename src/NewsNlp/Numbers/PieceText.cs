namespace NewsNlp.Numbers;

/// <summary>The pieces of a stretch of text with the small reading helpers the scanners share.</summary>
internal sealed class PieceText
{
    public PieceText(string text, Piece[] pieces)
    {
        Text = text;
        Pieces = pieces;
    }

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>The pieces, in order.</summary>
    public Piece[] Pieces { get; }

    /// <summary>Number of pieces.</summary>
    public int Count => Pieces.Length;

    /// <summary>The numbers among the pieces (<see cref="NumberScanner.Scan(PieceText)"/>), found once on first use; callers do not change the list.</summary>
    public List<NumberScanner.Quantity> Quantities => _quantities ??= NumberScanner.Scan(this);

    private List<NumberScanner.Quantity>? _quantities;

    /// <summary>The chars of piece <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Span(int i) => Text.AsSpan(Pieces[i].Start, Pieces[i].Length);

    /// <summary>True when piece <paramref name="i"/> exists and is of <paramref name="kind"/>.</summary>
    public bool IsKind(int i, PieceKind kind) => (uint)i < (uint)Pieces.Length && Pieces[i].Kind == kind;

    /// <summary>True when piece <paramref name="i"/> is the word <paramref name="word"/>, any case.</summary>
    public bool Is(int i, string word) =>
        (uint)i < (uint)Pieces.Length && Pieces[i].Kind == PieceKind.Letters && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when piece <paramref name="i"/> is the symbol <paramref name="c"/>.</summary>
    public bool IsSymbol(int i, char c) =>
        (uint)i < (uint)Pieces.Length && Pieces[i].Kind == PieceKind.Symbol && Text[Pieces[i].Start] == c;

    /// <summary>True when piece <paramref name="i"/> touches the piece before it (no space between).</summary>
    public bool Glued(int i) => i > 0 && i < Pieces.Length && Pieces[i - 1].End == Pieces[i].Start;

    /// <summary>True when piece <paramref name="i"/> is a word found in <paramref name="set"/>.</summary>
    public bool In(int i, HashSet<string> set) =>
        IsKind(i, PieceKind.Letters) && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Span(i));

    /// <summary>Looks piece <paramref name="i"/> up in <paramref name="map"/> when it is a word.</summary>
    public bool TryGet<T>(int i, Dictionary<string, T> map, out T value)
    {
        if (IsKind(i, PieceKind.Letters))
            return map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Span(i), out value!);
        value = default!;
        return false;
    }

    /// <summary>
    /// Matches <paramref name="surface"/> at the start of piece <paramref name="i"/>
    /// (a space in it matches any whitespace in the text) and returns the index of the piece
    /// after the match, or -1 when it does not match or does not end on a piece boundary.
    /// </summary>
    public int Match(int i, string surface, bool caseSensitive)
    {
        if ((uint)i >= (uint)Pieces.Length) return -1;
        var pos = Pieces[i].Start;
        var text = Text;
        for (var k = 0; k < surface.Length; k++)
        {
            if (surface[k] == ' ')
            {
                if (pos >= text.Length || !char.IsWhiteSpace(text[pos])) return -1;
                while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
                continue;
            }
            if (pos >= text.Length) return -1;
            var a = text[pos];
            var b = surface[k];
            if (a != b && (caseSensitive || NewsNlp.Text.CharCase.ToLowerInvariant(a) != NewsNlp.Text.CharCase.ToLowerInvariant(b))) return -1;
            pos++;
        }
        for (var j = i; j < Pieces.Length; j++)
        {
            if (Pieces[j].End == pos) return j + 1;
            if (Pieces[j].End > pos) return -1;
        }
        return -1;
    }
}
