using BenchmarkDotNet.Configs;

namespace NewsNlp.Benchmarks;

/// <summary>The benchmarks' config: the default one plus the MB/s column.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Adds <see cref="ThroughputColumn"/>.</summary>
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}
