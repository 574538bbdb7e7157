using System.Diagnostics.Tracing;

namespace NewsNlp.Benchmarks;

/// <summary>
/// What <c>Extract</c> (or, with <c>cli</c>, the CLI's batch path of <see cref="CliBatchBenchmarks"/>, one thread) allocates,
/// by type: the runtime's allocation sampling events (one about every 100 KB) over a few passes of the corpus, scaled to MB a pass.
/// <c>dotnet benchmarks/NewsNlp.Benchmarks/bin/Release/net10.0/NewsNlp.Benchmarks.dll allocs [passes] [cli]</c>.
/// </summary>
public static class AllocationTypes
{
    /// <summary>Runs <c>Extract</c> (or the CLI batch when <paramref name="cli"/>) over the corpus and prints the sampled bytes by type.</summary>
    public static void Run(int passes, bool cli = false)
    {
        var texts = BenchmarkCorpus.Documents;
        var batch = new CliBatchBenchmarks { Threads = 1 };
        Action pass = cli ? () => batch.Extract() : () =>
        {
            foreach (var text in texts)
                NewsPipeline.Default.Extract(text);
        };
        if (cli)
            batch.Setup();
        pass(); // loads data, JIT
        using var listener = new TickListener();
        for (var i = 0; i < passes; i++)
            pass();
        listener.Dispose();
        if (cli)
            batch.Cleanup();
        Console.WriteLine($"{"MB a pass",10}  type");
        foreach (var (type, bytes) in listener.Bytes.OrderByDescending(p => p.Value).Take(30))
            Console.WriteLine($"{bytes / 1e6 / passes,10:F2}  {type}");
    }

    private sealed class TickListener : EventListener
    {
        public Dictionary<string, long> Bytes { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: GCAllocationTick
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
            var type = e.Payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
            lock (Bytes) Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
        }
    }
}
