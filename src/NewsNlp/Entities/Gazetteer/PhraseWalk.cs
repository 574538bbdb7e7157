using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Gazetteer;

/// <summary>
/// The phrases of a <see cref="PhraseTable{T}"/> that start at one token of a sentence, shortest first: each
/// <see cref="Next"/> adds the next token to the key and gives the node found (its values may be empty when only
/// longer phrases end there), until no phrase goes on. Writes its key into the caller's buffer: no allocation.
/// </summary>
internal ref struct PhraseWalk<T>
{
    private readonly PhraseTable<T> _table;
    private readonly string _text;
    private readonly ReadOnlySpan<TextRange> _tokens;
    private readonly Span<char> _key;
    private int _next;
    private int _length;
    private bool _done;

    /// <summary>
    /// Starts at token <paramref name="first"/>, whose key hashes to <paramref name="firstHash"/>
    /// (<see cref="NameKey.TokenHash"/>): no walk at all when no phrase of the table can start with it.
    /// </summary>
    public PhraseWalk(PhraseTable<T> table, string text, ReadOnlySpan<TextRange> tokens, int first, uint firstHash, Span<char> key)
    {
        _table = table;
        _text = text;
        _tokens = tokens;
        _key = key;
        _next = first;
        _done = !table.MayStartWith(firstHash);
    }

    /// <summary>Starts at token <paramref name="first"/>, which the caller knows may start a phrase of the table (<see cref="PhraseTable{T}.MayStartWith"/>).</summary>
    public PhraseWalk(PhraseTable<T> table, string text, ReadOnlySpan<TextRange> tokens, int first, Span<char> key)
    {
        _table = table;
        _text = text;
        _tokens = tokens;
        _key = key;
        _next = first;
    }

    /// <summary>The node of the phrase one token longer, which ends before token <paramref name="end"/>; false when there is none.</summary>
    public bool Next(out IReadOnlyList<T> values, out int end)
    {
        values = [];
        end = 0;
        if (_done || _next >= _tokens.Length) return false;
        _length = NameKey.Append(_key, _length, _text.AsSpan(_tokens[_next].Start, _tokens[_next].Length));
        if (_length < 0 || !_table.TryNode(_key[.._length], out values, out var longer))
        {
            _done = true;
            return false;
        }
        end = ++_next;
        _done = !longer;
        return true;
    }
}
