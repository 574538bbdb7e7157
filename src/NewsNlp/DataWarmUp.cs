using NewsNlp.Claims;
using NewsNlp.Entities.Gazetteer;
using NewsNlp.Entities.Rules;
using NewsNlp.Entities.Statistical;
using NewsNlp.Morphology;

namespace NewsNlp;

/// <summary>
/// Start-up: the first <c>Extract</c> of a process loads the language data of the later stages (the NER
/// model, the gazetteer, the rule words, the claim and root lexicons) on a pool thread while it tokenizes
/// and finds dates on its own. Each load is a thread-safe lazy singleton, so whichever thread comes
/// first loads it and the other waits for it; nothing changes but the wall time.
/// </summary>
internal static class DataWarmUp
{
    private static int _started;

    /// <summary>Starts loading, once a process, what <paramref name="extractors"/> need.</summary>
    public static void Start(Extractors extractors)
    {
        if (extractors == Extractors.None || Environment.ProcessorCount < 2 || Interlocked.Exchange(ref _started, 1) != 0)
            return;
        ThreadPool.UnsafeQueueUserWorkItem(static e => Load(e), extractors, preferLocal: false);
    }

    private static void Load(Extractors extractors)
    {
        try
        {
            // In the order the pipeline needs them after the dates (which the caller's thread loads).
            if (extractors.HasFlag(Extractors.Entities))
            {
                _ = StatisticalNer.Default;
                _ = EntityGazetteer.Default;
                _ = RuleData.Default;
            }
            if (extractors.HasFlag(Extractors.Claims))
            {
                _ = ClaimLexicon.Instance;
                _ = RootLexicon.Roots;
                _ = RootLexicon.PartOfSpeech("a");
            }
        }
        catch (Exception)
        {
            // A load that fails fails again, with its exception, on the caller's thread when the stage needs it.
        }
    }
}
