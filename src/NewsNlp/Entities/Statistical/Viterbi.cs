namespace NewsNlp.Entities.Statistical;

/// <summary>First-order Viterbi decoding under the BIO constraints of a tag set.</summary>
internal static class Viterbi
{
    /// <summary>
    /// The best tag sequence for <paramref name="emissions"/> (<c>n * T</c> scores) and
    /// <paramref name="transitions"/> (<c>(T + 1) * T</c>, the last row from the start state).
    /// </summary>
    public static void Decode(NerTagSet tagSet, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> tags)
    {
        var t = tagSet.Count;
        var n = tags.Length;
        if (n == 0)
            return;
        Span<float> score = n * t <= 2048 ? stackalloc float[n * t] : new float[n * t];
        Span<int> back = n * t <= 2048 ? stackalloc int[n * t] : new int[n * t];
        for (var to = 0; to < t; to++)
            score[to] = tagSet.Allowed(tagSet.Start, to) ? transitions[tagSet.Start * t + to] + emissions[to] : float.NegativeInfinity;
        // Disallowed transitions as -inf: their sums are -inf (never above best), the same choice as skipping them.
        Span<float> allowed = t * t <= 1024 ? stackalloc float[t * t] : new float[t * t];
        for (var from = 0; from < t; from++)
            for (var to = 0; to < t; to++)
                allowed[from * t + to] = tagSet.Allowed(from, to) ? transitions[from * t + to] : float.NegativeInfinity;
        for (var i = 1; i < n; i++)
        {
            var previous = score.Slice((i - 1) * t, t);
            for (var to = 0; to < t; to++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var from = 0; from < previous.Length; from++)
                {
                    var s = previous[from] + allowed[from * t + to];
                    if (s > best)
                    {
                        best = s;
                        arg = from;
                    }
                }
                score[i * t + to] = best + emissions[i * t + to];
                back[i * t + to] = arg;
            }
        }
        var last = 0;
        for (var to = 1; to < t; to++)
            if (tagSet.CanEnd(to) && score[(n - 1) * t + to] > score[(n - 1) * t + last])
                last = to;
        tags[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
            tags[i - 1] = back[i * t + tags[i]];
    }
}
