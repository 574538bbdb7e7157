using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using NewsNlp.Claims;
using NewsNlp.Cli.Input;
using NewsNlp.Comparison;
using Spectre.Console;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp compare INPUT...</c>: extracts the claims of several reports of one event and groups
/// those that speak of the same quantity, saying whether the reports agree. JSON Lines (one group a
/// line) when the output is redirected, a table on a terminal, CSV (one claim a row) on request.
/// </summary>
internal static class CompareCommand
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>The output formats <c>--format</c> accepts.</summary>
    internal static readonly string[] Formats = ["jsonl", "csv", "table"];

    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Reports of one event: text files, folders, or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var date = new Option<DateOnly?>("--date") { Description = "Reference date (YYYY-MM-DD) for inputs without one." };
        var format = new Option<string?>("--format") { Description = "jsonl (default when the output is redirected), csv (one claim a row) or table (default on a terminal)." };
        format.AcceptOnlyFromAmong(Formats);
        var tolerance = new Option<double>("--tolerance")
        {
            Description = "Relative tolerance given to approximate claims when testing overlap (0.1 = ±10%).",
            DefaultValueFactory = _ => ComparisonOptions.Default.ApproxTolerance,
        };
        tolerance.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!double.IsFinite(value) || value < 0)
                result.AddError("--tolerance must be a number of 0 or more.");
        });
        var command = new Command("compare", "Compare the quantitative claims of several reports of one event: which numbers agree, which conflict.")
        {
            inputs, date, format, tolerance,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var extractOptions = new ExtractOptions { ReferenceDate = parse.GetValue(date) };
            var documents = new List<ComparedDocument>();
            try
            {
                foreach (var doc in InputReader.Read(parse.GetValue(inputs) ?? [], Console.In))
                {
                    var result = NewsPipeline.Default.Extract(doc.Text, doc.Date is null ? extractOptions : extractOptions with { ReferenceDate = doc.Date });
                    documents.Add(ComparedDocument.From(doc.Id, result));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DocumentTooLargeException)
            {
                parse.InvocationConfiguration.Error.WriteLine("newsnlp: " + e.Message);
                return 1;
            }
            var groups = ClaimComparer.Compare(documents, new ComparisonOptions { ApproxTolerance = parse.GetValue(tolerance) });
            var terminal = !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out);
            Write(groups, parse.GetValue(format) ?? (terminal ? "table" : "jsonl"), output, terminal);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Writes <paramref name="groups"/> to <paramref name="output"/> in <paramref name="format"/> (one of
    /// <see cref="Formats"/>); a table gets colours and the window's width only on a <paramref name="terminal"/>.
    /// </summary>
    internal static void Write(IReadOnlyList<ClaimGroup> groups, string format, TextWriter output, bool terminal = false)
    {
        switch (format)
        {
            case "csv":
                WriteCsv(groups, output);
                break;
            case "table":
                WriteTable(groups, output, terminal);
                break;
            default:
                WriteJsonLines(groups, output);
                break;
        }
        output.Flush();
    }

    private static void WriteJsonLines(IReadOnlyList<ClaimGroup> groups, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var group in groups)
        {
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
                ComparisonJson.WriteGroup(writer, group);
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            output.Write('\n');
        }
    }

    private static readonly string[] CsvHeader =
        ["group", "subject", "unit", "predicate", "consistent", "id", "text", "value", "bound", "low", "high", "source", "date"];

    private static void WriteCsv(IReadOnlyList<ClaimGroup> groups, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader(CsvHeader);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            foreach (var item in group.Claims)
            {
                var claim = item.Claim;
                csv.WriteRecord(
                [
                    (g + 1).ToString(CultureInfo.InvariantCulture),
                    group.Subject ?? "",
                    group.Unit ?? "",
                    group.Predicate ?? "",
                    group.Consistent ? "true" : "false",
                    item.DocumentId,
                    claim.Text ?? "",
                    Number(claim.Value),
                    claim.Bound.ToSpecName(),
                    Number(claim.Low),
                    Number(claim.High),
                    string.Join("; ", claim.Source ?? []),
                    Date(item.Date),
                ]);
            }
        }
    }

    private static void WriteTable(IReadOnlyList<ClaimGroup> groups, TextWriter output, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
            console.Profile.Width = 160;
        if (groups.Count == 0)
        {
            console.WriteLine("No claims to compare.");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("#", "Subject / predicate / unit", "Verdict", "Report", "Claim", "Bound", "Interval", "Source");
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (g > 0)
                table.AddEmptyRow();
            for (var i = 0; i < group.Claims.Count; i++)
            {
                var item = group.Claims[i];
                var first = i == 0;
                var report = item.Date is null ? item.DocumentId : item.DocumentId + "\n" + Date(item.Date);
                table.AddRow(
                    first ? (g + 1).ToString(CultureInfo.InvariantCulture) : "",
                    first ? Markup.Escape(Quantity(group)) : "",
                    first ? Verdict(group) : "",
                    Markup.Escape(report),
                    Markup.Escape(item.Claim.Text ?? ""),
                    Markup.Escape(item.Claim.Bound.ToSpecName()),
                    Markup.Escape(Interval(item.Claim)),
                    Markup.Escape(string.Join(", ", item.Claim.Source ?? [])));
            }
        }
        console.Write(table);
        var multi = groups.Count(static g => !g.IsSingleSource);
        var conflicts = groups.Count(static g => !g.Consistent);
        console.WriteLine($"{groups.Count} groups: {multi} reported by several documents, {conflicts} in conflict.");
    }

    private static string Quantity(ClaimGroup group) =>
        $"{group.Subject ?? "(no subject)"}\n{group.Predicate ?? "(no predicate)"}\n{group.Unit ?? "(no unit)"}";

    private static string Verdict(ClaimGroup group) =>
        !group.Consistent ? "[red]conflict[/]"
        : group.IsSingleSource ? "[grey]single source[/]"
        : "[green]consistent[/]";

    private static string Interval(Claim claim)
    {
        var low = claim.Low is { } l && double.IsFinite(l) ? Number(l) : "-∞";
        var high = claim.High is { } h && double.IsFinite(h) ? Number(h) : "∞";
        return low == high ? low : $"{low} .. {high}";
    }

    private static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
