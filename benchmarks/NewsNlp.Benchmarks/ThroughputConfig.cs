using BenchmarkDotNet.Configs;

namespace NewsNlp.Benchmarks;

/// <summary>The benchmarks' config: the default one plus the MB/s and tokens/s columns.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Adds <see cref="ThroughputColumn"/> and <see cref="TokensColumn"/>.</summary>
    public ThroughputConfig() => AddColumn(new ThroughputColumn(), new TokensColumn());
}
