using NewsNlp.Cli.Input;
using NewsNlp.Cli.Output;

namespace NewsNlp.Cli.Commands;

/// <summary>Everything <c>extract</c> was asked to do, parsed and validated.</summary>
internal sealed record ExtractSettings
{
    /// <summary>What to read.</summary>
    public InputOptions Input { get; init; } = new();

    /// <summary>Output format.</summary>
    public OutputFormat Format { get; init; } = OutputFormat.Jsonl;

    /// <summary>Which results to write.</summary>
    public OutputSelection What { get; init; } = OutputSelection.All;

    /// <summary>Output file (atomic), or null for standard output.</summary>
    public string? OutputPath { get; init; }

    /// <summary>Worker threads.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Reference date for documents that give none.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>No progress bar, no summary (errors are still reported).</summary>
    public bool Quiet { get; init; }
}
