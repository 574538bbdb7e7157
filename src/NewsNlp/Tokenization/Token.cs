namespace NewsNlp.Tokenization;

/// <summary>
/// A token of a <see cref="Document"/>: offsets into the document's text, its kind, and, for a
/// multiword token such as <c>tentaranya</c>, the ranges of its syntactic words
/// (<c>tentara</c> + <c>nya</c>), as Universal Dependencies multiword tokens have them.
/// </summary>
public readonly struct Token : IEquatable<Token>
{
    private readonly TextRange[]? _words;

    /// <summary>Creates a token; <paramref name="words"/> is null or has two or more ranges inside the token.</summary>
    public Token(int start, int end, TokenKind kind, TextRange[]? words = null)
    {
        Start = start;
        End = end;
        Kind = kind;
        _words = words is { Length: > 1 } ? words : null;
    }

    /// <summary>Offset of the first char.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last char.</summary>
    public int End { get; }

    /// <summary>Number of chars.</summary>
    public int Length => End - Start;

    /// <summary>What the token is.</summary>
    public TokenKind Kind { get; }

    /// <summary>True when the token holds more than one syntactic word (a clitic was split off).</summary>
    public bool IsMultiword => _words is not null;

    /// <summary>The syntactic words of the token: one range (the token) unless it is multiword.</summary>
    public IReadOnlyList<TextRange> Words => _words ?? [new TextRange(Start, End)];

    /// <summary>The token's range.</summary>
    public TextRange Range => new(Start, End);

    /// <inheritdoc />
    public bool Equals(Token other) =>
        Start == other.Start && End == other.End && Kind == other.Kind && Words.SequenceEqual(other.Words);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Kind);

    /// <summary>Equality of offsets, kind and words.</summary>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Inequality of offsets, kind or words.</summary>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"{Kind}[{Start}..{End})";
}
