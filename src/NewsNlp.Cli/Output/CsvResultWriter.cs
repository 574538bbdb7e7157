using System.Globalization;
using CsvHelper;
using NewsNlp.Claims;
using NewsNlp.Entities;

namespace NewsNlp.Cli.Output;

/// <summary>
/// <c>--format csv</c>: one row a claim (<c>--what claims</c>), an entity (<c>--what entities</c>), or
/// either (<c>--what all</c>, with a <c>kind</c> column). Numbers are invariant; <c>source</c> names are
/// joined with <c>|</c>; empty cells are nulls.
/// </summary>
internal sealed class CsvResultWriter : IResultWriter
{
    /// <summary>Columns of <c>--what entities</c>.</summary>
    public static readonly string[] EntityColumns = ["id", "date", "type", "text", "start", "end", "canonical", "role", "value"];

    /// <summary>Columns of <c>--what claims</c>.</summary>
    public static readonly string[] ClaimColumns = ["id", "date", "text", "start", "end", "value", "bound", "low", "high", "unit", "predicate", "subject", "source", "hedge"];

    /// <summary>Columns of <c>--what all</c>.</summary>
    public static readonly string[] AllColumns = ["kind", "id", "date", "type", "text", "start", "end", "canonical", "role", "value", "bound", "low", "high", "unit", "predicate", "subject", "source", "hedge"];

    private readonly OutputSelection _what;
    private readonly bool _flushEachDocument;
    private readonly CsvWriter _csv;

    public CsvResultWriter(Stream output, OutputSelection what, bool flushEachDocument)
    {
        _what = what;
        _flushEachDocument = flushEachDocument;
        _csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
    }

    public void Begin()
    {
        var columns = _what switch
        {
            OutputSelection.Entities => EntityColumns,
            OutputSelection.Claims => ClaimColumns,
            _ => AllColumns,
        };
        _csv.WriteHeader(columns);
        Flush(force: true);
    }

    public void Write(ProcessedDocument document)
    {
        var result = document.Result!;
        var date = result.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (_what != OutputSelection.Claims)
        {
            foreach (var entity in result.Entities)
                WriteEntity(document.Id, date, entity);
        }
        if (_what != OutputSelection.Entities)
        {
            foreach (var claim in result.Claims)
                WriteClaim(document.Id, date, claim);
        }
        Flush(_flushEachDocument);
    }

    public void End() => Flush(force: true);

    private void WriteEntity(string id, string? date, Entity entity)
    {
        if (_what == OutputSelection.All)
            _csv.WriteField("entity");
        Fields(id, date, entity.Type.ToString(), entity.Text, Number(entity.Start), Number(entity.End), entity.Canonical, entity.Role, entity.Value);
        if (_what == OutputSelection.All)
            Fields(null, null, null, null, null, null, null, null);
        _csv.EndRecord();
    }

    private void WriteClaim(string id, string? date, Claim claim)
    {
        if (_what == OutputSelection.All)
        {
            _csv.WriteField("claim");
            Fields(id, date, null, claim.Text, Number(claim.Start), Number(claim.End), null, null, Number(claim.Value));
        }
        else
            Fields(id, date, claim.Text, Number(claim.Start), Number(claim.End), Number(claim.Value));
        Fields(claim.Bound.ToSpecName(), Number(claim.Low), Number(claim.High), claim.Unit, claim.Predicate, claim.Subject, string.Join('|', claim.Source), claim.Hedge);
        _csv.EndRecord();
    }

    private void Fields(params ReadOnlySpan<string?> values)
    {
        foreach (var value in values)
            _csv.WriteField(value ?? "");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private void Flush(bool force)
    {
        if (!force)
            return;
        _csv.Flush();
    }
}
