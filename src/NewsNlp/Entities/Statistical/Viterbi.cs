using System.Numerics;
using System.Runtime.Intrinsics;

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
        if (tagSet.Count <= Vector256<float>.Count && Vector256.IsHardwareAccelerated)
            DecodeVector(tagSet, emissions, transitions, tags);
        else
            DecodeScalar(tagSet, emissions, transitions, tags);
    }

    /// <summary>
    /// <see cref="Decode"/> with the tags of a step in one vector (at most 8): for each tag, the sums from every previous tag at once,
    /// their maximum, and the first previous tag that reaches it, as the scalar loop picks it (the first strictly best); the same tags.
    /// </summary>
    internal static void DecodeVector(NerTagSet tagSet, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> tags)
    {
        var t = tagSet.Count;
        var n = tags.Length;
        if (n == 0)
            return;
        Span<int> back = n * t <= 2048 ? stackalloc int[n * t] : new int[n * t];
        // Column `to` of the allowed transitions, from every tag, -inf where not allowed and in the lanes past the tags.
        Span<float> lanes = stackalloc float[Vector256<float>.Count];
        Span<Vector256<float>> into = stackalloc Vector256<float>[t];
        for (var to = 0; to < t; to++)
        {
            lanes.Fill(float.NegativeInfinity);
            for (var from = 0; from < t; from++)
                if (tagSet.Allowed(from, to))
                    lanes[from] = transitions[from * t + to];
            into[to] = Vector256.Create<float>(lanes);
        }
        lanes.Fill(float.NegativeInfinity);
        for (var to = 0; to < t; to++)
            lanes[to] = tagSet.Allowed(tagSet.Start, to) ? transitions[tagSet.Start * t + to] + emissions[to] : float.NegativeInfinity;
        var previous = Vector256.Create<float>(lanes);
        for (var i = 1; i < n; i++)
        {
            lanes.Fill(float.NegativeInfinity);
            for (var to = 0; to < t; to++)
            {
                var sums = previous + into[to];
                var half = Vector128.Max(sums.GetLower(), sums.GetUpper());
                half = Vector128.Max(half, Vector128.Shuffle(half, Vector128.Create(2, 3, 0, 1)));
                half = Vector128.Max(half, Vector128.Shuffle(half, Vector128.Create(1, 0, 3, 2)));
                var reach = Vector256.Equals(sums, Vector256.Create(half.ToScalar())).ExtractMostSignificantBits();
                // No lane reaches the maximum only when a sum is NaN, which finite weights cannot give: then as the scalar loop.
                var arg = reach != 0 ? BitOperations.TrailingZeroCount(reach) : BestScalar(sums, t);
                var best = arg >= 0 ? sums.GetElement(arg) : float.NegativeInfinity;
                arg = Math.Max(arg, 0);
                lanes[to] = best + emissions[i * t + to];
                back[i * t + to] = arg;
            }
            previous = Vector256.Create<float>(lanes);
        }
        var last = 0;
        for (var to = 1; to < t; to++)
            if (tagSet.CanEnd(to) && previous.GetElement(to) > previous.GetElement(last))
                last = to;
        tags[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
            tags[i - 1] = back[i * t + tags[i]];
    }

    /// <summary>The first of the <paramref name="t"/> lanes strictly above all before it and -inf, or -1 when none is.</summary>
    private static int BestScalar(Vector256<float> sums, int t)
    {
        var best = float.NegativeInfinity;
        var arg = -1;
        for (var from = 0; from < t; from++)
            if (sums.GetElement(from) > best)
            {
                best = sums.GetElement(from);
                arg = from;
            }
        return arg;
    }

    /// <summary><see cref="Decode"/> one pair of tags at a time.</summary>
    internal static void DecodeScalar(NerTagSet tagSet, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> tags)
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
