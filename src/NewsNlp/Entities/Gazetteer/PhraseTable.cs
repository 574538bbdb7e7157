using NewsNlp.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Gazetteer;

/// <summary>Decides whether a value found for a token sequence applies there.</summary>
internal interface IPhraseFilter<in T>
{
    /// <summary>True when <paramref name="value"/> may match tokens <c>[first, end)</c>.</summary>
    bool Accept(T value, int first, int end);
}

/// <summary>A filter that accepts everything.</summary>
internal readonly struct AcceptAll<T> : IPhraseFilter<T>
{
    /// <inheritdoc />
    public bool Accept(T value, int first, int end) => true;
}

/// <summary>
/// A hash of token n-grams (<see cref="NameKey"/> keys, every prefix stored) giving the longest
/// phrase that starts at a token. Built once; lookups allocate nothing.
/// </summary>
internal sealed class PhraseTable<T>
{
    private sealed class Node
    {
        public List<T> Values { get; } = [];
        public bool HasLonger { get; set; }
    }

    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly KeyFilter _filter = new();

    public PhraseTable() => _lookup = _nodes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longest phrase length, in tokens.</summary>
    public int MaxTokens { get; private set; }

    /// <summary>How many phrases were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="phrase"/> with <paramref name="value"/> (build time only).</summary>
    public void Add(string phrase, T value)
    {
        var tokens = PhraseTokens.Of(phrase);
        if (tokens.Count == 0) return;
        var key = new char[NameKey.MaxLength];
        var length = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            length = NameKey.Append(key, length, phrase.AsSpan(tokens[i].Start, tokens[i].Length));
            if (length < 0) return;
            var text = new string(key, 0, length);
            if (!_nodes.TryGetValue(text, out var node))
            {
                _nodes[text] = node = new Node();
                _filter.Add(NameKey.Hash(text));
            }
            if (i + 1 < tokens.Count)
                node.HasLonger = true;
            else if (!node.Values.Contains(value))
                node.Values.Add(value);
        }
        MaxTokens = Math.Max(MaxTokens, tokens.Count);
        Count++;
    }

    /// <summary>True when some phrase has exactly this key.</summary>
    public bool TryGet(string key, out IReadOnlyList<T> values)
    {
        if (_nodes.TryGetValue(key, out var node) && node.Values.Count > 0)
        {
            values = node.Values;
            return true;
        }
        values = [];
        return false;
    }

    /// <summary>True when some phrase has exactly this key.</summary>
    public bool TryGet(ReadOnlySpan<char> key, out IReadOnlyList<T> values)
    {
        if (_lookup.TryGetValue(key, out var node) && node.Values.Count > 0)
        {
            values = node.Values;
            return true;
        }
        values = [];
        return false;
    }

    /// <summary>
    /// The longest phrase over tokens <c>[first, end)</c>, <c>end ≤ limit</c>, whose value
    /// <paramref name="filter"/> accepts; false when none.
    /// </summary>
    public bool TryLongest<TFilter>(Document document, int first, int limit, ref TFilter filter, out T value, out int end)
        where TFilter : struct, IPhraseFilter<T>
    {
        value = default!;
        end = -1;
        // Every key in the table is in the filter, so a first token whose key's hash is not can start no phrase.
        if (first >= limit || !_filter.MayHold(TokenKeyHashes.Of(document)[first])) return false;
        Span<char> key = stackalloc char[NameKey.MaxLength];
        var length = 0;
        var tokens = document.Tokens as Token[] ?? [.. document.Tokens];
        var text = document.Text;
        for (var i = first; i < limit; i++)
        {
            length = NameKey.Append(key, length, text.AsSpan(tokens[i].Start, tokens[i].Length));
            if (length < 0 || !_lookup.TryGetValue(key[..length], out var node)) break;
            foreach (var candidate in node.Values)
            {
                if (!filter.Accept(candidate, first, i + 1)) continue;
                value = candidate;
                end = i + 1;
                break;
            }
            if (!node.HasLonger) break;
        }
        return end > 0;
    }

    /// <summary>The longest phrase over tokens <c>[first, end)</c>, <c>end ≤ limit</c>.</summary>
    public bool TryLongest(Document document, int first, int limit, out T value, out int end)
    {
        var all = default(AcceptAll<T>);
        return TryLongest(document, first, limit, ref all, out value, out end);
    }

    /// <summary>False when no phrase can start with a token whose key hashes to <paramref name="tokenHash"/> (<see cref="NameKey.TokenHash"/>).</summary>
    public bool MayStartWith(uint tokenHash) => _filter.MayHold(tokenHash);

    /// <summary>The values of the phrase with exactly this key (maybe none) and whether longer phrases extend it; false when no phrase starts so.</summary>
    public bool TryNode(ReadOnlySpan<char> key, out IReadOnlyList<T> values, out bool hasLonger)
    {
        if (_lookup.TryGetValue(key, out var node))
        {
            values = node.Values;
            hasLonger = node.HasLonger;
            return true;
        }
        values = [];
        hasLonger = false;
        return false;
    }

    /// <summary>The value of exactly this span of text taken as one token sequence part (used for parts of hyphenated words).</summary>
    public bool TryExact(ReadOnlySpan<char> text, out IReadOnlyList<T> values)
    {
        Span<char> key = stackalloc char[NameKey.MaxLength];
        var length = NameKey.Append(key, 0, text);
        if (length > 0 && _lookup.TryGetValue(key[..length], out var node) && node.Values.Count > 0)
        {
            values = node.Values;
            return true;
        }
        values = [];
        return false;
    }
}
