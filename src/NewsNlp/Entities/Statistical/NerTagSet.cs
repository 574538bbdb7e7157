namespace NewsNlp.Entities.Statistical;

/// <summary>How names are encoded as tags.</summary>
internal enum TagScheme : byte
{
    /// <summary>B- begins a name, I- continues it, O is outside.</summary>
    Bio = 0,
    /// <summary>B- begins, I- continues, L- ends a name of two or more tokens, U- is a one-token name, O is outside.</summary>
    Bilou = 1,
}

/// <summary>
/// The tags over a list of entity labels (tag 0 is <c>O</c>, then per label <c>B-X</c>, <c>I-X</c>
/// and, for BILOU, <c>L-X</c>, <c>U-X</c>), which transitions the scheme allows, and how tags become spans.
/// </summary>
internal sealed class NerTagSet
{
    /// <summary>The outside tag.</summary>
    public const int Outside = 0;

    private readonly bool[] _allowed;
    private readonly bool[] _canEnd;
    private readonly char[] _kind;
    private readonly int[] _label;

    /// <summary>Builds the tag set of <paramref name="labels"/> (e.g. LOC, ORG, PER).</summary>
    public NerTagSet(IReadOnlyList<string> labels, TagScheme scheme = TagScheme.Bio)
    {
        Labels = [.. labels];
        Scheme = scheme;
        var kinds = scheme == TagScheme.Bio ? "BI" : "BILU";
        var names = new List<string> { "O" };
        var kind = new List<char> { 'O' };
        var label = new List<int> { -1 };
        for (var l = 0; l < labels.Count; l++)
            foreach (var k in kinds)
            {
                names.Add(k + "-" + labels[l]);
                kind.Add(k);
                label.Add(l);
            }
        Names = names;
        _kind = [.. kind];
        _label = [.. label];
        Count = names.Count;
        _allowed = new bool[(Count + 1) * Count];
        _canEnd = new bool[Count];
        for (var from = 0; from <= Count; from++)
        {
            var open = from < Count && _kind[from] is 'B' or 'I';
            var openLabel = from < Count ? _label[from] : -1;
            for (var to = 0; to < Count; to++)
            {
                var continues = _kind[to] is 'I' or 'L';
                _allowed[from * Count + to] = scheme == TagScheme.Bio
                    ? !continues || (open && openLabel == _label[to])
                    : continues ? open && openLabel == _label[to] : !open;
            }
        }
        for (var tag = 0; tag < Count; tag++)
            _canEnd[tag] = scheme == TagScheme.Bio || _kind[tag] is 'O' or 'L' or 'U';
    }

    /// <summary>The entity labels, in tag order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The encoding.</summary>
    public TagScheme Scheme { get; }

    /// <summary>The tag names: O, B-X, I-X, ...</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Number of tags.</summary>
    public int Count { get; }

    /// <summary>Index of the virtual start state in transition tables (rows <c>0..Count</c>).</summary>
    public int Start => Count;

    /// <summary>True when the scheme allows tag <paramref name="to"/> after <paramref name="from"/> (<see cref="Start"/> for the first token).</summary>
    public bool Allowed(int from, int to) => _allowed[from * Count + to];

    /// <summary>True when a sentence may end on <paramref name="tag"/>.</summary>
    public bool CanEnd(int tag) => _canEnd[tag];

    /// <summary>The tag of a kind (<c>B</c>, <c>I</c>, <c>L</c>, <c>U</c>) and label index; <c>O</c> for kind <c>O</c>.</summary>
    public int TagOf(char kind, int label)
    {
        if (kind == 'O' || label < 0)
            return Outside;
        if (Scheme == TagScheme.Bio)
            kind = kind switch { 'L' => 'I', 'U' => 'B', _ => kind };
        for (var tag = 1; tag < Count; tag++)
            if (_kind[tag] == kind && _label[tag] == label)
                return tag;
        return Outside;
    }

    /// <summary>The tags of spans over <paramref name="length"/> tokens, in this scheme.</summary>
    public int[] Encode(int length, IEnumerable<(int Start, int End, int Label)> spans)
    {
        var tags = new int[length];
        foreach (var (start, end, label) in spans)
        {
            if (end - start == 1)
            {
                tags[start] = TagOf('U', label);
                continue;
            }
            tags[start] = TagOf('B', label);
            for (var i = start + 1; i < end - 1; i++)
                tags[i] = TagOf('I', label);
            tags[end - 1] = TagOf('L', label);
        }
        return tags;
    }

    /// <summary>The index of a label, or -1.</summary>
    public int LabelIndex(string label)
    {
        for (var i = 0; i < Labels.Count; i++)
            if (Labels[i] == label)
                return i;
        return -1;
    }

    /// <summary>Spans of a tag sequence; a continuing tag that does not continue a span of its label starts one.</summary>
    public void AddSpans(ReadOnlySpan<int> tags, int offset, List<NameSpan> spans)
    {
        var start = -1;
        var label = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : Outside;
            var kind = _kind[tag];
            if (kind is 'I' or 'L' && _label[tag] == label)
            {
                if (kind == 'L')
                {
                    spans.Add(new NameSpan(offset + start, offset + i + 1, Labels[label]));
                    label = -1;
                }
                continue;
            }
            if (label >= 0)
                spans.Add(new NameSpan(offset + start, offset + i, Labels[label]));
            label = _label[tag];
            start = i;
            if (kind is 'U' or 'L' && label >= 0)
            {
                spans.Add(new NameSpan(offset + i, offset + i + 1, Labels[label]));
                label = -1;
            }
        }
    }
}
