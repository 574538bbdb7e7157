using System.Text.Json;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Cli;

/// <summary>Every kind of input <c>newsnlp extract</c> reads, in process.</summary>
public class InputKindsTests
{
    [Test]
    public void SeedsGiveTwoJsonLines()
    {
        var seeds = SharedData.Require("seeds");
        var run = CliHarness.Run(null, "extract", seeds);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Lines, Has.Length.EqualTo(2));
        foreach (var document in run.Documents)
        {
            Assert.That(document.GetProperty("entities").ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(document.GetProperty("claims").ValueKind, Is.EqualTo(JsonValueKind.Array));
        }
    }

    [Test]
    public void TextFileGivesOneDocumentWithTheContractFields()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", Articles.Number(1));
        var run = CliHarness.Run(null, "extract", file);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var document = run.Documents.Single();
        Assert.That(document.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "date", "entities", "claims" }));
        Assert.That(document.GetProperty("id").GetString(), Is.EqualTo(file));
        Assert.That(run.Stderr, Does.Contain("newsnlp: 1 document, 0 claims, ").And.Contain(" entities, 0 errors in "));
    }

    [Test]
    public void FolderIsReadRecursivelyInOrdinalOrderWithTheDefaultPattern()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", Articles.Number(2));
        folder.Write("a.txt", Articles.Number(1));
        folder.Write("sub/c.txt", Articles.Number(3));
        folder.Write("notes.md", Articles.Number(4));
        var run = CliHarness.Run(null, "extract", folder.Root);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Ids, Is.EqualTo(new[] { folder["a.txt"], folder["b.txt"], folder["sub/c.txt"] }));
    }

    [Test]
    public void GlobSelectsOtherFiles()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Articles.Number(1));
        folder.Write("deep/er/b.md", Articles.Number(2));
        var run = CliHarness.Run(null, "extract", folder.Root, "--glob", "*.md");
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Ids, Is.EqualTo(new[] { folder["deep/er/b.md"] }));
    }

    [Test]
    public void JsonLinesFileGivesOneDocumentPerLineWithItsIdAndDate()
    {
        using var folder = new TempFolder();
        var file = folder.Write("batch.jsonl",
            "{\"id\":\"x1\",\"text\":\"" + Articles.Number(1) + "\",\"date\":\"2024-12-31\"}\n" +
            "\n" +
            "{\"text\":\"" + Articles.Number(2) + "\",\"url\":\"ignored\"}\r\n" +
            "{\"id\":7,\"text\":\"" + Articles.Number(3) + "\",\"date\":null}\n");
        var run = CliHarness.Run(null, "extract", file);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Ids, Is.EqualTo(new[] { "x1", file + ":3", "7" }));
        Assert.That(run.Documents[0].GetProperty("date").GetString(), Is.EqualTo("2024-12-31"));
    }

    [Test]
    public void DateOptionIsTheReferenceForDocumentsWithoutOne()
    {
        using var folder = new TempFolder();
        var text = folder.Write("a.txt", "Warga berkumpul di alun-alun kota kemarin.");
        var jsonl = folder.Write("b.jsonl", "{\"id\":\"own\",\"text\":\"Warga berkumpul kemarin.\",\"date\":\"2023-05-06\"}\n");
        var run = CliHarness.Run(null, "extract", text, jsonl, "--date", "2024-01-02");
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Documents.Select(d => d.GetProperty("date").GetString()), Is.EqualTo(new[] { "2024-01-02", "2023-05-06" }));
    }

    [TestCase(null)]
    [TestCase("-")]
    public void StandardInputIsOnePlainTextDocument(string? input)
    {
        var run = CliHarness.Run(Articles.Number(5), input is null ? ["extract"] : ["extract", input]);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Ids, Is.EqualTo(new[] { "stdin" }));
    }

    [Test]
    public void StandardInputCanBeJsonLines()
    {
        var stdin = string.Join('\n', Enumerable.Range(0, 5).Select(i => $"{{\"id\":\"d{i}\",\"text\":\"{Articles.Number(i)}\"}}"));
        var run = CliHarness.Run(stdin, "extract", "-", "--input-format", "jsonl");
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Ids, Is.EqualTo(new[] { "d0", "d1", "d2", "d3", "d4" }));
    }

    [Test]
    public void MixedInputsKeepTheirOrder()
    {
        using var folder = new TempFolder();
        var one = folder.Write("one.txt", Articles.Number(1));
        folder.Write("dir/two.txt", Articles.Number(2));
        var jsonl = folder.Write("three.jsonl", "{\"id\":\"three\",\"text\":\"" + Articles.Number(3) + "\"}\n");
        var run = CliHarness.Run(null, "extract", jsonl, folder["dir"], one, "--threads", "3");
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Ids, Is.EqualTo(new[] { "three", folder["dir/two.txt"], one }));
    }

    [Test]
    public void ManyThreadsKeepInputOrderAndGiveTheSameBytesAsOne()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 150; i++)
            folder.Write($"docs/{i:D4}.txt", Articles.Number(i) + new string(' ', (i * 7919) % 3000) + Articles.Number(i + 1));
        var parallel = CliHarness.Run(null, "extract", folder["docs"], "--threads", "8", "--quiet");
        var serial = CliHarness.Run(null, "extract", folder["docs"], "--threads", "1", "--quiet");
        Assert.That(parallel.ExitCode, Is.Zero, parallel.ToString());
        Assert.That(parallel.Ids, Is.EqualTo(Enumerable.Range(0, 150).Select(i => folder[$"docs/{i:D4}.txt"])));
        Assert.That(parallel.Stdout, Is.EqualTo(serial.Stdout));
        Assert.That(parallel.Stderr, Is.Empty);
    }
}
