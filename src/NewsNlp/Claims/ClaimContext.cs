using System.Buffers;
using NewsNlp.Entities;
using NewsNlp.Morphology;
using NewsNlp.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Claims;

/// <summary>
/// One document as the claim extractor reads it: tokens by index, their lower-case text (made on demand),
/// which entity covers which token, and the language data. Its per-token arrays are rented from the shared pool
/// and given back by <see cref="Release"/> (a context not released leaves them to the GC).
/// </summary>
internal sealed class ClaimContext
{
    private readonly int[] _entityOf;
    private readonly string?[] _lower;
    private readonly bool[] _sentenceFirst;
    private readonly bool[] _headline;
    private readonly int _count;
    private int[]? _newlines;

    public ClaimContext(Document document, IReadOnlyList<Entity> entities)
    {
        Doc = document;
        Entities = entities;
        Lex = ClaimLexicon.Instance;
        var count = _count = document.Tokens.Count;
        _lower = ArrayPool<string?>.Shared.Rent(count);
        _entityOf = ArrayPool<int>.Shared.Rent(count);
        _sentenceFirst = ArrayPool<bool>.Shared.Rent(count);
        _headline = ArrayPool<bool>.Shared.Rent(count);
        Array.Clear(_lower, 0, count);
        Array.Fill(_entityOf, -1, 0, count);
        Array.Clear(_sentenceFirst, 0, count);
        Array.Clear(_headline, 0, count);
        foreach (var sentence in document.Sentences)
        {
            if (sentence.FirstToken < count) _sentenceFirst[sentence.FirstToken] = true;
            if (Headline.Is(document, sentence))
                for (var i = sentence.FirstToken; i < sentence.EndToken && i < count; i++) _headline[i] = true;
        }
        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            var i = FirstTokenEndingAfter(entity.Start);
            for (; i < count && document.Tokens[i].Start < entity.End; i++)
                if (_entityOf[i] < 0 || entities[_entityOf[i]].Type == EntityType.Date && entity.Type != EntityType.Date)
                    _entityOf[i] = e;
        }
    }

    /// <summary>Gives the per-token arrays back to the pool; the context is not used after this.</summary>
    public void Release()
    {
        Array.Clear(_lower, 0, _count); // the pool must not keep the strings alive
        ArrayPool<string?>.Shared.Return(_lower);
        ArrayPool<int>.Shared.Return(_entityOf);
        ArrayPool<bool>.Shared.Return(_sentenceFirst);
        ArrayPool<bool>.Shared.Return(_headline);
    }

    /// <summary>True when token <paramref name="i"/> is in a headline, where every word is capitalized.</summary>
    public bool InHeadline(int i) => i >= 0 && i < _count && _headline[i];

    public Document Doc { get; }
    public IReadOnlyList<Entity> Entities { get; }
    public ClaimLexicon Lex { get; }
    public int Count => _count;

    public Token Tok(int i) => Doc.Tokens[i];

    public ReadOnlySpan<char> Span(int i) => Doc.GetSpan(Doc.Tokens[i]);

    /// <summary>The lower-case text of token <paramref name="i"/>.</summary>
    public string Lower(int i) => _lower[i] ??= Doc.GetText(Doc.Tokens[i]).ToLowerInvariant();

    /// <summary>True when token <paramref name="i"/> exists and is <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int i, string word) => i >= 0 && i < Count && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsWord(int i) => i >= 0 && i < Count && Doc.Tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation;

    /// <summary>True when token <paramref name="i"/> joins two noun phrases of equal rank (<c>dan</c>, <c>serta</c>).</summary>
    public bool IsConjunction(int i) => IsWord(i) && Lex.Conjunctions.Contains(Span(i));

    public bool IsPunct(int i) => i >= 0 && i < Count && Doc.Tokens[i].Kind is TokenKind.Punctuation;

    /// <summary>True for punctuation that closes a clause: , ; : . ! ? and quotes (not brackets or dashes).</summary>
    public bool IsClausePunct(int i)
    {
        if (!IsPunct(i)) return false;
        var c = Span(i)[0];
        return c is ',' or ';' or ':' or '.' or '!' or '?' or '"' or '“' or '”' or '\'' or '‘' or '’' or '…';
    }

    /// <summary>True when token <paramref name="i"/> opens a sentence.</summary>
    public bool IsSentenceFirst(int i) => i >= 0 && i < Count && _sentenceFirst[i];

    public bool StartsUpper(int i) => IsWord(i) && char.IsUpper(Span(i)[0]);

    /// <summary>The entity covering token <paramref name="i"/>, or null.</summary>
    public Entity? EntityAt(int i) => i >= 0 && i < Count && _entityOf[i] >= 0 ? Entities[_entityOf[i]] : null;

    public int EntityIndexAt(int i) => i >= 0 && i < Count ? _entityOf[i] : -1;

    /// <summary>True when tokens <c>[from, to)</c>, inside the sentence ending at <paramref name="sentenceEnd"/>, are one of the range words (<c>hingga</c>, <c>sampai dengan</c>).</summary>
    public bool IsRangeWord(int from, int to, int sentenceEnd)
    {
        foreach (var words in Lex.RangeWords)
            if (from + words.Length == to && Matches(words, from, from, sentenceEnd))
                return true;
        return false;
    }

    /// <summary>True when words <paramref name="words"/> stand at tokens <c>[start, start + words.Length)</c>, all inside <c>[lo, hi)</c>.</summary>
    public bool Matches(string[] words, int start, int lo, int hi)
    {
        if (start < lo || start + words.Length > hi) return false;
        for (var k = 0; k < words.Length; k++)
            if (!Is(start + k, words[k])) return false;
        return true;
    }

    /// <summary>Token <paramref name="i"/>'s first syntactic word, lower case, clitics off (<c>tentaranya</c> → <c>tentara</c>), a reduplicated plural made single.</summary>
    public string BaseNoun(int i)
    {
        var token = Doc.Tokens[i];
        if (token.IsMultiword)
            return Singular(Doc.GetText(token.Words[0]).ToLowerInvariant());
        var span = Span(i);
        if (span.Length >= 2 && !span.ContainsAnyInRange('a', 'z')) return Doc.GetText(token); // an acronym: DPD, WNI
        return Singular(Stemmer.StripClitics(Lower(i)));
    }

    /// <summary>A full reduplication gives its single form (<c>anak-anak</c> → <c>anak</c>); other words stay.</summary>
    private static string Singular(string word)
    {
        var dash = word.IndexOf('-');
        return dash > 0 && word.Length == 2 * dash + 1 && word.AsSpan(0, dash).SequenceEqual(word.AsSpan(dash + 1)) ? word[..dash] : word;
    }

    /// <summary>Token <paramref name="i"/>'s first syntactic word, stemmed (<c>mengirimkan</c> → <c>kirim</c>, <c>luka-luka</c> → <c>luka</c>).</summary>
    public string BaseVerb(int i)
    {
        var token = Doc.Tokens[i];
        var word = token.IsMultiword ? Doc.GetText(token.Words[0]).ToLowerInvariant() : Lower(i);
        return Stemmer.Stem(Singular(word));
    }

    /// <summary>The attribution phrase starting at token <paramref name="i"/> (inside <c>[lo, hi)</c>), if any.</summary>
    public Phrase<AttributionKind>? AttributionAt(int i, int lo, int hi)
    {
        if (!IsWord(i) || !Lex.AttributionsByFirst.TryGetValue(Span(i), out var phrases)) return null;
        foreach (var phrase in phrases)
            if (Matches(phrase.Words, i, lo, hi)) return phrase;
        return null;
    }

    /// <summary>The offset where the line holding <paramref name="offset"/> starts.</summary>
    public int LineStart(int offset)
    {
        _newlines ??= Newlines(Doc.Text);
        var k = Array.BinarySearch(_newlines, offset);
        if (k < 0) k = ~k; // the first newline at or after offset
        return k == 0 ? 0 : _newlines[k - 1] + 1;
    }

    private static int[] Newlines(string text)
    {
        var list = new List<int>();
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) list.Add(i);
        return list.ToArray();
    }

    private int FirstTokenEndingAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Doc.Tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
