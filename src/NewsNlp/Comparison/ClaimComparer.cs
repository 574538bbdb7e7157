namespace NewsNlp.Comparison;

/// <summary>
/// Compares the claims of several reports of one event: groups the claims that speak of the same
/// quantity and says whether the reports agree on it. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Two claims speak of the same quantity when they have the same subject (canonical name,
/// compared ignoring case), the same counted unit (synonyms such as <c>tentara</c> /
/// <c>pasukan</c> / <c>personel</c> are one unit, <c>Data/comparison/units.tsv</c>) and
/// compatible predicates (<c>kirim</c> / <c>kerahkan</c> / <c>terjunkan</c> are one event,
/// <c>tewas</c> and <c>luka</c> are not, <c>Data/comparison/predicates.tsv</c>). A missing unit or
/// predicate only matches a missing one; for a missing subject see
/// <see cref="ComparisonOptions.MatchMissingSubject"/>; a claim with neither subject nor predicate
/// stays alone (<see cref="ComparisonOptions.GroupVagueClaims"/>). A claim with no partner in another
/// document forms a single-source group. A group is consistent when every two of its claims from
/// different documents have overlapping intervals (<see cref="ComparisonOptions.ApproxTolerance"/>).
/// </remarks>
public static class ClaimComparer
{
    /// <summary>
    /// The claim groups of <paramref name="documents"/>, ordered by their first claim (document
    /// order, then text order). Every claim is in exactly one group.
    /// </summary>
    public static IReadOnlyList<ClaimGroup> Compare(IReadOnlyList<ComparedDocument> documents, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= ComparisonOptions.Default;

        var groups = new Dictionary<GroupKey, Builder>();
        var order = 0;
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            if (document?.Claims is null)
                continue;
            foreach (var claim in document.Claims)
            {
                if (claim is null)
                    continue;
                var subject = ComparisonVocabulary.Normalize(claim.Subject);
                var unit = ComparisonVocabulary.Unit(claim.Unit);
                var predicate = ComparisonVocabulary.Predicate(claim.Predicate);
                // A claim that names neither subject nor predicate says too little to be matched:
                // it stays alone (unless options say otherwise).
                var alone = subject is null && predicate.Key is null && !options.GroupVagueClaims;
                var key = new GroupKey(subject, unit.Key, predicate.Key, alone ? order : -1);
                if (!groups.TryGetValue(key, out var builder))
                    groups.Add(key, builder = new Builder(unit.Display, predicate.Display));
                builder.Add(new Entry(order++, new ComparedClaim(document.Id, d, document.Date, claim)));
            }
        }

        if (options.MatchMissingSubject)
            AttachMissingSubjects(groups);

        return groups.Values
            .Where(static b => b.Entries.Count > 0)
            .OrderBy(static b => b.Entries.Min(static e => e.Order))
            .Select(b => b.Build(options.ApproxTolerance))
            .ToArray();
    }

    /// <summary>Moves each subject-less group into the one group of its unit and predicate that has a subject, when there is exactly one.</summary>
    private static void AttachMissingSubjects(Dictionary<GroupKey, Builder> groups)
    {
        var named = groups
            .Where(static g => g.Key.Subject is not null && g.Key.Alone < 0)
            .GroupBy(static g => (g.Key.Unit, g.Key.Predicate))
            .ToDictionary(static g => g.Key, static g => g.Select(static x => x.Value).ToArray());
        foreach (var (key, builder) in groups)
        {
            if (key.Subject is null
                && key.Alone < 0
                && named.TryGetValue((key.Unit, key.Predicate), out var candidates)
                && candidates.Length == 1)
            {
                candidates[0].Entries.AddRange(builder.Entries);
                builder.Entries.Clear();
            }
        }
    }

    /// <summary>What claims are grouped by; <paramref name="Alone"/> is -1, or the order of a claim kept in a group of its own.</summary>
    private readonly record struct GroupKey(string? Subject, string? Unit, string? Predicate, int Alone);

    private readonly record struct Entry(int Order, ComparedClaim Claim);

    private sealed class Builder(string? unit, string? predicate)
    {
        public List<Entry> Entries { get; } = [];

        public void Add(Entry entry) => Entries.Add(entry);

        public ClaimGroup Build(double tolerance)
        {
            var claims = Entries.OrderBy(static e => e.Order).Select(static e => e.Claim).ToArray();
            var subject = claims.Select(static c => c.Claim.Subject).FirstOrDefault(static s => !string.IsNullOrWhiteSpace(s))?.Trim();
            return new ClaimGroup(subject, unit, predicate, IsConsistent(claims, tolerance), Array.AsReadOnly(claims));
        }
    }

    /// <summary>
    /// True when no claim of one document lies wholly to one side of a claim of another. Checked
    /// per document on its leftmost-ending and rightmost-starting claims, so a large group costs
    /// claims + documents², not claims².
    /// </summary>
    private static bool IsConsistent(ComparedClaim[] claims, double tolerance)
    {
        var extremes = new Dictionary<int, (ClaimInterval EndsFirst, ClaimInterval StartsLast)>();
        foreach (var claim in claims)
        {
            var interval = ClaimInterval.Of(claim.Claim, tolerance);
            if (!extremes.TryGetValue(claim.DocumentIndex, out var e))
            {
                extremes[claim.DocumentIndex] = (interval, interval);
                continue;
            }
            extremes[claim.DocumentIndex] = (
                interval.EndsBefore(e.EndsFirst) ? interval : e.EndsFirst,
                interval.StartsAfter(e.StartsLast) ? interval : e.StartsLast);
        }
        foreach (var (a, left) in extremes)
        {
            foreach (var (b, right) in extremes)
            {
                if (a != b && !left.EndsFirst.Overlaps(right.StartsLast))
                    return false;
            }
        }
        return true;
    }
}
