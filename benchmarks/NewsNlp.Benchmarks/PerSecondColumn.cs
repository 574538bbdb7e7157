using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsNlp.Benchmarks;

/// <summary>A column with an amount of the corpus processed per second (one operation is the whole corpus), from the mean time.</summary>
/// <param name="name">The column's header.</param>
/// <param name="legend">What it counts.</param>
/// <param name="amount">The corpus's amount in the column's unit (e.g. its megabytes).</param>
/// <param name="format">The number format.</param>
public abstract class PerSecondColumn(string name, string legend, Func<double> amount, string format) : IColumn
{
    /// <inheritdoc />
    public string Id => GetType().Name;
    /// <inheritdoc />
    public string ColumnName => name;
    /// <inheritdoc />
    public bool AlwaysShow => true;
    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;
    /// <inheritdoc />
    public int PriorityInCategory => 0;
    /// <inheritdoc />
    public bool IsNumeric => true;
    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;
    /// <inheritdoc />
    public string Legend => legend;
    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats) return "-";
        return (amount() / (stats.Mean / 1e9)).ToString(format, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
}

/// <summary>Megabytes (10^6) of UTF-8 input per second.</summary>
public sealed class ThroughputColumn() : PerSecondColumn(
    "MB/s", "Megabytes (10^6) of UTF-8 input processed per second, one thread", static () => BenchmarkCorpus.Utf8Bytes / 1e6, "N1");

/// <summary>Millions of the corpus's tokens per second.</summary>
public sealed class TokensColumn() : PerSecondColumn(
    "Mtokens/s", "Millions of the corpus's tokens (as the NewsNlp tokenizer counts them) processed per second, one thread",
    static () => BenchmarkCorpus.Tokens / 1e6, "N2");
