using System.Buffers;
using NewsNlp.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// The document being tagged and the mentions found so far; no two mentions share a token. Its per-token arrays
/// are rented from the shared pool and given back by <see cref="Release"/> (a context not released leaves them to the GC).
/// </summary>
internal sealed class TaggingContext
{
    private readonly Mention?[] _owner;
    private readonly int[] _sentenceFirst;
    private readonly bool[] _titleCased;
    private readonly int _count;
    private readonly Token[] _tokens;
    private readonly string _text;

    /// <summary>Starts tagging <paramref name="document"/>.</summary>
    public TaggingContext(Document document)
    {
        Document = document;
        _tokens = document.Tokens as Token[] ?? [.. document.Tokens];
        _text = document.Text;
        Tokens = _tokens;
        _count = Tokens.Count;
        _owner = ArrayPool<Mention?>.Shared.Rent(_count);
        _sentenceFirst = ArrayPool<int>.Shared.Rent(_count);
        _titleCased = ArrayPool<bool>.Shared.Rent(_count);
        Array.Clear(_owner, 0, _count);
        Array.Clear(_sentenceFirst, 0, _count);
        Array.Clear(_titleCased, 0, _count);
        foreach (var sentence in document.Sentences)
        {
            var titleCased = Headline.Is(document, sentence);
            for (var i = sentence.FirstToken; i < sentence.EndToken && i < _count; i++)
            {
                _sentenceFirst[i] = sentence.FirstToken;
                _titleCased[i] = titleCased;
            }
        }
    }

    /// <summary>Gives the per-token arrays back to the pool; the context is not used after this.</summary>
    public void Release()
    {
        Array.Clear(_owner, 0, _count); // the pool must not keep mentions alive
        ArrayPool<Mention?>.Shared.Return(_owner);
        ArrayPool<int>.Shared.Return(_sentenceFirst);
        ArrayPool<bool>.Shared.Return(_titleCased);
    }

    /// <summary>True when token <paramref name="i"/> is in a headline-style sentence (most words capitalized).</summary>
    public bool InTitleCase(int i) => _titleCased[i];

    /// <summary>The document.</summary>
    public Document Document { get; }

    /// <summary>Its tokens.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Every mention found, in no particular order.</summary>
    public List<Mention> Mentions { get; } = [];

    /// <summary>The chars of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Span(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    /// <summary>The text from token <paramref name="first"/> to the end of token <paramref name="end"/> - 1.</summary>
    public string Text(int first, int end) => _text[_tokens[first].Start.._tokens[end - 1].End];

    /// <summary>True when token <paramref name="i"/> is the first of its sentence.</summary>
    public bool IsSentenceStart(int i) => _sentenceFirst[i] == i;

    /// <summary>The first token of the sentence holding token <paramref name="i"/>.</summary>
    public int SentenceFirst(int i) => _sentenceFirst[i];

    /// <summary>The mention holding token <paramref name="i"/>, or null.</summary>
    public Mention? At(int i) => i >= 0 && i < _count ? _owner[i] : null;

    /// <summary>True when no mention holds any of tokens <c>[first, end)</c>.</summary>
    public bool IsFree(int first, int end)
    {
        for (var i = first; i < end; i++)
            if (_owner[i] is not null) return false;
        return true;
    }

    /// <summary>Adds a mention over free tokens (callers check <see cref="IsFree"/>).</summary>
    public Mention Add(Mention mention)
    {
        Mentions.Add(mention);
        for (var i = mention.FirstToken; i < mention.EndToken; i++)
            _owner[i] ??= mention;
        return mention;
    }

    /// <summary>Removes a mention (a longer name found later holds it).</summary>
    public void Remove(Mention mention)
    {
        Mentions.Remove(mention);
        for (var i = mention.FirstToken; i < mention.EndToken; i++)
            if (ReferenceEquals(_owner[i], mention)) _owner[i] = null;
    }

    /// <summary>A mention over tokens <c>[first, end)</c>.</summary>
    public Mention Add(int first, int end, EntityType type, string canonical, MentionOrigin origin, string? state = null) =>
        Add(new Mention
        {
            FirstToken = first, EndToken = end,
            Start = Tokens[first].Start, End = Tokens[end - 1].End,
            Type = type, Canonical = canonical, Origin = origin, State = state,
        });

    /// <summary>True when token <paramref name="i"/> starts with an uppercase letter.</summary>
    public bool IsCapitalized(int i)
    {
        var span = Span(i);
        return span.Length > 0 && char.IsUpper(span[0]);
    }

    /// <summary>True when token <paramref name="i"/> is exactly <paramref name="c"/>.</summary>
    public bool IsChar(int i, char c) => i >= 0 && i < Tokens.Count && Span(i) is [var only] && only == c;
}
