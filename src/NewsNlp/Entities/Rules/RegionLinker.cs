namespace NewsNlp.Entities.Rules;

/// <summary>
/// A region that shares its name with the states in it (<c>Korea</c>: Korea Utara, Korea Selatan) means
/// the one of those states the document is about: the only one it names, or the one it names at least
/// twice as often as any other (<c>rakyat Korea</c> in a report on Korea Utara that mentions Korea
/// Selatan once); otherwise it stays the region.
/// </summary>
internal static class RegionLinker
{
    /// <summary>Runs the linker.</summary>
    public static void Run(TaggingContext context)
    {
        Dictionary<string, int>? states = null;
        foreach (var region in context.Mentions)
        {
            if (region is not { Type: EntityType.Location, Origin: MentionOrigin.Gazetteer, State: null } ||
                !context.Document.Text.AsSpan(region.Start, region.End - region.Start).Equals(region.Canonical, StringComparison.Ordinal))
                continue; // Semenanjung Korea is the peninsula whatever the report is about
            states ??= context.Mentions.Where(m => m.Type == EntityType.State).GroupBy(m => m.Canonical, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            string? best = null;
            int bestCount = 0, second = 0;
            foreach (var (state, count) in states)
            {
                if (state.Length <= region.Canonical.Length + 1 || !state.StartsWith(region.Canonical, StringComparison.Ordinal) ||
                    state[region.Canonical.Length] != ' ')
                    continue;
                if (count > bestCount) { second = bestCount; bestCount = count; best = state; }
                else second = Math.Max(second, count);
            }
            if (best is null || bestCount < 2 * second) continue;
            region.Type = EntityType.State;
            region.Canonical = best;
        }
    }
}
