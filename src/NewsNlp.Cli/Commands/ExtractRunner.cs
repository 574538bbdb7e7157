using System.Diagnostics;
using System.Globalization;
using NewsNlp.Cli.Hosting;
using NewsNlp.Cli.Input;
using NewsNlp.Cli.Output;
using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Cli.Commands;

/// <summary>Runs <c>extract</c>: reads the inputs, extracts on all threads, writes in input order, reports, returns the exit code.</summary>
internal static class ExtractRunner
{
    /// <summary>Counts of one run.</summary>
    internal sealed class Totals
    {
        public int Documents;
        public long Entities;
        public long Claims;
        public int Errors;
        public long Bytes;
    }

    /// <summary>Runs with <paramref name="settings"/> on <paramref name="console"/>; <paramref name="stats"/> receives the pipeline counters.</summary>
    public static async Task<int> RunAsync(ExtractSettings settings, CliConsole console, CancellationToken cancellationToken, PipelineStats? stats = null)
    {
        stats ??= new PipelineStats();
        var reporter = new Reporter(console.Error);
        var clock = Stopwatch.StartNew();
        OutputTarget target;
        try
        {
            target = OutputTarget.Open(settings.OutputPath, console.Output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Line($"newsnlp: error: cannot write '{settings.OutputPath}': {InputReader.Describe(e)}");
            return ExitCodes.OutputError;
        }

        using (target)
        {
            var totals = new Totals();
            var writer = ResultWriters.Create(settings.Format, settings.What, target.Stream, flushEachDocument: target.Path is null);
            var library = new ExtractOptions
            {
                Extractors = settings.What == OutputSelection.Entities ? Extractors.Entities | Extractors.Dates : Extractors.All,
                MaxDocumentLength = (int)Math.Min(settings.Input.MaxDocumentBytes, int.MaxValue),
                DefaultReferenceDate = settings.Date,
            };
            if (console.InputIsTerminal && !settings.Quiet && (settings.Input.IsStdinOnly || settings.Input.Inputs.Contains("-")))
                reporter.Line("newsnlp: reading standard input (end with Ctrl+D; see 'newsnlp extract --help' for files and folders)");
            var items = InputReader.Enumerate(settings.Input, () => console.Input);
            int code;
            try
            {
                writer.Begin();
                if (console.ErrorIsTerminal && !settings.Quiet)
                {
                    await ProgressDisplay.RunAsync(console.Error, reporter, settings.Input, async advance =>
                    {
                        await Run(items, library, settings, writer, reporter, totals, advance, stats, cancellationToken).ConfigureAwait(false);
                        return 0;
                    }, cancellationToken).ConfigureAwait(false);
                }
                else
                    await Run(items, library, settings, writer, reporter, totals, null, stats, cancellationToken).ConfigureAwait(false);
                writer.End();
                target.Commit();
                code = totals.Errors > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Close(writer, target);
                reporter.Line(target.Path is null
                    ? $"newsnlp: cancelled after {totals.Documents} documents"
                    : $"newsnlp: cancelled after {totals.Documents} documents; '{settings.OutputPath}' was not written");
                code = ExitCodes.Cancelled;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                target.Abort();
                reporter.Line(target.Path is null && IsBrokenPipe(e)
                    ? $"newsnlp: standard output was closed; stopped after {Count(totals.Documents, "document")}"
                    : $"newsnlp: error: cannot write {(target.Path is null ? "standard output" : $"'{settings.OutputPath}'")}: {e.Message}");
                code = ExitCodes.OutputError;
            }
            if (!settings.Quiet)
                reporter.Line(Summary(totals, clock.Elapsed, code == ExitCodes.Cancelled));
            return code;
        }
    }

    private static Task Run(
        IEnumerable<InputItem> items, ExtractOptions library, ExtractSettings settings, IResultWriter writer, Reporter reporter,
        Totals totals, Action<long, int>? advance, PipelineStats stats, CancellationToken cancellationToken)
    {
        var pipeline = new NewsPipeline(library);
        pipeline.WarmUp(); // models load and code compiles on the other core while the inputs are opened
        return OrderedPipeline.RunAsync(
            items,
            (document, token) => Process(pipeline, document, settings, token),
            outcome =>
            {
                if (outcome.Error is { } error)
                {
                    totals.Errors++;
                    reporter.Error(error);
                }
                else
                {
                    var done = outcome.Value!;
                    writer.Write(done);
                    totals.Documents++;
                    totals.Entities += done.Entities;
                    totals.Claims += done.Claims;
                }
                totals.Bytes += outcome.Bytes;
                advance?.Invoke(outcome.Bytes, outcome.Error is null ? 1 : 0);
                return ValueTask.CompletedTask;
            },
            settings.Threads,
            stats,
            cancellationToken);
    }

    private static ProcessedDocument Process(NewsPipeline pipeline, InputDocument document, ExtractSettings settings, CancellationToken token)
    {
        var options = document.Date is { } date ? pipeline.Options with { ReferenceDate = date }
            : document.NameDate is { } named ? pipeline.Options with { DefaultReferenceDate = named }
            : pipeline.Options;
        var result = pipeline.Extract(document.Text, options, token);
        var entities = settings.What == OutputSelection.Claims ? 0 : result.Entities.Count;
        var claims = settings.What == OutputSelection.Entities ? 0 : result.Claims.Count;
        return settings.Format == OutputFormat.Jsonl
            ? new ProcessedDocument(document.Id, null, DocumentJson.ToLine(document.Id, result, settings.What), entities, claims)
            : new ProcessedDocument(document.Id, result, null, entities, claims);
    }

    private static void Close(IResultWriter writer, OutputTarget target)
    {
        try
        {
            if (target.Path is null)
                writer.End();
        }
        catch (IOException)
        {
        }
        target.Abort();
    }

    private static bool IsBrokenPipe(Exception e) =>
        e.HResult == 32 || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);

    private static string Count(long n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");

    private static string Summary(Totals totals, TimeSpan elapsed, bool cancelled)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        var rate = totals.Bytes / 1048576.0 / seconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"newsnlp: {(cancelled ? "cancelled: " : "")}{Count(totals.Documents, "document")}, {Count(totals.Claims, "claim")}, {Count(totals.Entities, "entity", "entities")}, " +
            $"{Count(totals.Errors, "error")} in {seconds:0.0} s ({rate:0.0} MB/s)");
    }
}
