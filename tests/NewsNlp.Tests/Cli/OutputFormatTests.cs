using System.Text;
using System.Text.Json;
using CsvHelper;
using NewsNlp.Claims;
using NewsNlp.Cli.Output;
using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Cli;

/// <summary>JSON Lines, CSV (read back with CsvHelper) and JSON output, and the what-selection.</summary>
public class OutputFormatTests
{
    private const string Text = "Menlu \"Budi\", kata AFP, menyebut sekitar 1.500 relawan, dikirim;\nke Palu.";

    private static ExtractionResult Sample()
    {
        var document = Document.Parse(Text);
        Entity[] entities =
        [
            new(EntityType.Leader, "Budi", 7, 11, "Budi", Role: "Menlu"),
            new(EntityType.Agency, "AFP", 19, 22, "AFP"),
            new(EntityType.Location, "Palu", 70, 74, "Palu"),
        ];
        Claim[] claims =
        [
            new("sekitar 1.500 relawan", 32, 53, 1500, ClaimBound.Approx, 1500, 1500, "relawan", "kirim", null, ["AFP", "Kantor \"Berita\", Lain"], "kata"),
        ];
        return new ExtractionResult(document, new DateOnly(2024, 12, 31), entities, claims);
    }

    private static List<Dictionary<string, string>> WriteCsv(OutputSelection what, out string[] header)
    {
        var stream = new MemoryStream();
        var writer = ResultWriters.Create(OutputFormat.Csv, what, stream, flushEachDocument: false);
        writer.Begin();
        writer.Write(new ProcessedDocument("doc,1", Sample(), null, 3, 1));
        writer.Write(new ProcessedDocument("doc2", Sample() with { Entities = [], Claims = [] }, null, 0, 0));
        writer.End();
        using var reader = CsvReader.Create(stream.ToArray());
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(reader.Headers.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => reader.GetString(p.i)));
        header = [.. reader.Headers];
        return rows;
    }

    [Test]
    public void CsvClaimsRowsReadBackWithEveryField()
    {
        var rows = WriteCsv(OutputSelection.Claims, out var header);
        Assert.That(header, Is.EqualTo(CsvResultWriter.ClaimColumns));
        var row = rows.Single();
        Assert.That(row["id"], Is.EqualTo("doc,1"));
        Assert.That(row["date"], Is.EqualTo("2024-12-31"));
        Assert.That(row["text"], Is.EqualTo("sekitar 1.500 relawan"));
        Assert.That(row["start"], Is.EqualTo("32"));
        Assert.That(row["value"], Is.EqualTo("1500"));
        Assert.That(row["bound"], Is.EqualTo("approx"));
        Assert.That(row["unit"], Is.EqualTo("relawan"));
        Assert.That(row["subject"], Is.Empty);
        Assert.That(row["source"], Is.EqualTo("AFP|Kantor \"Berita\", Lain"));
        Assert.That(row["hedge"], Is.EqualTo("kata"));
    }

    [Test]
    public void CsvEntityRowsReadBack()
    {
        var rows = WriteCsv(OutputSelection.Entities, out var header);
        Assert.That(header, Is.EqualTo(CsvResultWriter.EntityColumns));
        Assert.That(rows.Select(r => r["canonical"]), Is.EqualTo(new[] { "Budi", "AFP", "Palu" }));
        Assert.That(rows[0]["role"], Is.EqualTo("Menlu"));
        Assert.That(rows[0]["type"], Is.EqualTo("Leader"));
    }

    [Test]
    public void CsvAllHasOneRowPerEntityAndClaimWithAKind()
    {
        var rows = WriteCsv(OutputSelection.All, out var header);
        Assert.That(header, Is.EqualTo(CsvResultWriter.AllColumns));
        Assert.That(rows.Select(r => r["kind"]), Is.EqualTo(new[] { "entity", "entity", "entity", "claim" }));
        Assert.That(rows[3]["bound"], Is.EqualTo("approx"));
        Assert.That(rows[0]["bound"], Is.Empty);
    }

    [Test]
    public void JsonLineOfOneSelectionHasOnlyItsArray()
    {
        var claims = JsonDocument.Parse(DocumentJson.ToLine("d", Sample(), OutputSelection.Claims)).RootElement;
        var entities = JsonDocument.Parse(DocumentJson.ToLine("d", Sample(), OutputSelection.Entities)).RootElement;
        var all = JsonDocument.Parse(DocumentJson.ToLine("d", Sample(), OutputSelection.All)).RootElement;
        Assert.That(claims.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "date", "claims" }));
        Assert.That(entities.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "date", "entities" }));
        Assert.That(all.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "date", "entities", "claims" }));
        Assert.That(all.GetProperty("claims")[0].GetProperty("source")[1].GetString(), Is.EqualTo("Kantor \"Berita\", Lain"));
    }

    [Test]
    public void CommandWritesCsvThatCsvHelperReadsBack()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 5; i++)
            folder.Write($"d/{i}.txt", Articles.Number(i));
        foreach (var (what, columns) in new[] { ("claims", CsvResultWriter.ClaimColumns), ("entities", CsvResultWriter.EntityColumns), ("all", CsvResultWriter.AllColumns) })
        {
            var run = CliHarness.Run(null, "extract", folder["d"], "--format", "csv", "--what", what);
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            using var reader = CsvReader.Create(Encoding.UTF8.GetBytes(run.Stdout));
            var ids = new List<string>();
            while (reader.Read())
                ids.Add(reader.GetString("id"));
            Assert.That(reader.Headers, Is.EqualTo(columns));
            Assert.That(ids, Is.Ordered.Using<string>(StringComparer.Ordinal), "rows come in input order");
        }
    }

    [Test]
    public void ShortcutsAreExtractWithWhat()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", Articles.Number(3));
        Assert.That(CliHarness.Run(null, "claims", file).Stdout, Is.EqualTo(CliHarness.Run(null, "extract", file, "--what", "claims").Stdout));
        Assert.That(CliHarness.Run(null, "entities", file).Stdout, Is.EqualTo(CliHarness.Run(null, "extract", file, "--what", "entities").Stdout));
        Assert.That(CliHarness.Run(null, "claims", file).Documents.Single().TryGetProperty("entities", out _), Is.False);
    }

    [Test]
    public void JsonFormatIsOneIndentedArrayInInputOrder()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 4; i++)
            folder.Write($"d/{i}.txt", Articles.Number(i));
        var run = CliHarness.Run(null, "extract", folder["d"], "--format", "json", "--threads", "3");
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var array = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.That(array.EnumerateArray().Select(d => d.GetProperty("id").GetString()), Is.EqualTo(Enumerable.Range(0, 4).Select(i => folder[$"d/{i}.txt"])));
        Assert.That(run.Stdout, Does.Contain("\n  {"));
    }

    [Test]
    public void JsonFormatOfNoDocumentsIsAnEmptyArray()
    {
        var run = CliHarness.Run("   ", "extract", "--format", "json");
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(JsonDocument.Parse(run.Stdout).RootElement.GetArrayLength(), Is.Zero);
    }

    [Test]
    public void QuietDropsTheSummaryButNotErrors()
    {
        using var folder = new TempFolder();
        var run = CliHarness.Run(null, "extract", folder["missing.txt"], "--quiet");
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Stderr.TrimEnd(), Is.EqualTo($"newsnlp: error: {folder["missing.txt"]}: no such file or folder"));
    }

    [Test]
    public void HelpHasExamplesAndExitCodes()
    {
        foreach (var command in new[] { "extract", "entities", "claims" })
        {
            var run = CliHarness.Run(null, command, "--help");
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That(run.Stdout, Does.Contain("Examples:").And.Contain($"newsnlp {command} ").And.Contain("Exit codes:").And.Contain("130"));
        }
        Assert.That(CliHarness.Run(null, "--help").Stdout, Does.Contain("extract").And.Contain("entities").And.Contain("claims"));
    }

    [TestCase("eval", "tokens", "--conllu")]
    [TestCase("eval", "ner", "--conll")]
    [TestCase("eval", "claims", "--gold")]
    public void HelpOfACommandWithARequiredOptionIsHelpNotAnError(string command, string sub, string option)
    {
        var run = CliHarness.Run(null, command, sub, "--help");
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Stdout, Does.Contain($"{command} {sub} [options]").And.Contain(option));
        Assert.That(run.Stderr, Is.Empty);
    }

    [Test]
    public void AUsageErrorNamesTheWholeCommandToAskHelpFrom()
    {
        var run = CliHarness.Run(null, "eval", "ner");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("Try 'newsnlp eval ner --help'."));
    }

    [Test]
    public void VersionPrintsTheVersion()
    {
        var run = CliHarness.Run(null, "--version");
        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(run.Stdout, Does.Match(@"^\d+\.\d+\.\d+"));
    }
}
