namespace NewsNlp.Entities.Rules;

/// <summary>
/// A region that shares its name with the states in it (<c>Korea</c>: Korea Utara, Korea Selatan) means
/// the one of those states the document names, when it names only one (<c>rakyat Korea</c> in a report
/// on Korea Utara); with both or neither named it stays the region.
/// </summary>
internal static class RegionLinker
{
    /// <summary>Runs the linker.</summary>
    public static void Run(TaggingContext context)
    {
        List<string>? states = null;
        foreach (var region in context.Mentions)
        {
            if (region is not { Type: EntityType.Location, Origin: MentionOrigin.Gazetteer, State: null }) continue;
            states ??= context.Mentions.Where(m => m.Type == EntityType.State).Select(m => m.Canonical).Distinct(StringComparer.Ordinal).ToList();
            string? only = null;
            var count = 0;
            foreach (var state in states)
            {
                if (state.Length <= region.Canonical.Length + 1 || !state.StartsWith(region.Canonical, StringComparison.Ordinal) ||
                    state[region.Canonical.Length] != ' ')
                    continue;
                only = state;
                count++;
            }
            if (count != 1) continue;
            region.Type = EntityType.State;
            region.Canonical = only!;
        }
    }
}
