namespace NewsNlp.Entities.Statistical;

/// <summary>
/// The BIO tag set over a list of entity labels (tag 0 is <c>O</c>, then <c>B-X</c>, <c>I-X</c> per label),
/// which transitions BIO allows, and how tags become spans.
/// </summary>
internal sealed class NerTagSet
{
    /// <summary>The outside tag.</summary>
    public const int Outside = 0;

    private readonly bool[] _allowed;

    /// <summary>Builds the tag set of <paramref name="labels"/> (e.g. LOC, ORG, PER).</summary>
    public NerTagSet(IReadOnlyList<string> labels)
    {
        Labels = [.. labels];
        Names = ["O", .. labels.SelectMany(l => new[] { "B-" + l, "I-" + l })];
        Count = Names.Count;
        _allowed = new bool[(Count + 1) * Count];
        for (var from = 0; from <= Count; from++)
            for (var to = 0; to < Count; to++)
                _allowed[from * Count + to] = !IsInside(to) || (from < Count && from != Outside && LabelOf(from) == LabelOf(to));
    }

    /// <summary>The entity labels, in tag order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The tag names: O, B-X, I-X, ...</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Number of tags.</summary>
    public int Count { get; }

    /// <summary>Index of the virtual start state in transition tables (rows <c>0..Count</c>).</summary>
    public int Start => Count;

    /// <summary>True when BIO allows tag <paramref name="to"/> after <paramref name="from"/> (<see cref="Start"/> for the first token).</summary>
    public bool Allowed(int from, int to) => _allowed[from * Count + to];

    /// <summary>True for an I- tag.</summary>
    public static bool IsInside(int tag) => tag != Outside && tag % 2 == 0;

    /// <summary>True for a B- tag.</summary>
    public static bool IsBegin(int tag) => tag % 2 == 1;

    /// <summary>Index of the label of a B- or I- tag.</summary>
    public static int LabelOf(int tag) => (tag - 1) / 2;

    /// <summary>The B- tag of a label.</summary>
    public static int BeginOf(int label) => 1 + 2 * label;

    /// <summary>The tag index of a name like <c>B-PER</c>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
            if (Names[i] == name)
                return i;
        return -1;
    }

    /// <summary>Spans of a tag sequence; an I- that does not continue a span of its label starts one.</summary>
    public void AddSpans(ReadOnlySpan<int> tags, int offset, List<NameSpan> spans)
    {
        var start = -1;
        var label = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : Outside;
            var continues = IsInside(tag) && LabelOf(tag) == label;
            if (continues)
                continue;
            if (label >= 0)
                spans.Add(new NameSpan(offset + start, offset + i, Labels[label]));
            label = tag == Outside ? -1 : LabelOf(tag);
            start = i;
        }
    }
}
