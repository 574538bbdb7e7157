using System.Text;

namespace NewsNlp.Tests.Cli;

/// <summary>Each bad input gives one clear message naming it (and its line), exit code 1, and the rest still comes out.</summary>
public class BadInputTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("missing file", null, "no such file or folder");
        yield return Case("folder with no matches", f => { Directory.CreateDirectory(f["empty"]); f.Write("empty/readme.md", "x"); return f["empty"]; }, "no files matching '*.txt'");
        yield return Case("invalid UTF-8", f => f.WriteBytes("latin1.txt", [.. Encoding.Latin1.GetBytes("Warga di Bogor\nmembeli kue caf\u00e9 ")]), "invalid UTF-8 at byte 30 (line 2)");
        yield return Case("binary file", f => f.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]), "binary file");
        yield return Case("UTF-16 file", f => f.WriteBytes("wide.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Warga berkumpul.")).ToArray()), "UTF-16");
        yield return Case("empty document", f => f.Write("blank.txt", " \n\t\n"), "empty document");
        yield return Case("document over --max-doc-size", f => f.Write("big.txt", Articles.Number(1) + new string('a', 5000)), "over the --max-doc-size limit of 4 KB", "--max-doc-size", "4K");
        yield return Case("malformed JSON line", f => f.Write("bad.jsonl", "{\"id\":\"ok\",\"text\":\"Warga berkumpul.\"}\n{\"id\": \"broken\", \"text\": \"no end\n"), ":2: malformed JSON", expectedGood: 2);
        yield return Case("JSON line without text", f => f.Write("notext.jsonl", "{\"id\":\"n\",\"body\":\"x\"}\n"), ":1: no \"text\" field");
        yield return Case("JSON line with a bad date", f => f.Write("baddate.jsonl", "{\"id\":\"n\",\"text\":\"Warga berkumpul.\",\"date\":\"31/12/2024\"}\n"), ":1: \"date\" is not a date");
        yield return Case("JSON line that is not an object", f => f.Write("array.jsonl", "[1, 2]\n"), ":1: malformed JSON line: expected an object");
        yield return Case("empty JSON Lines file", f => f.Write("nothing.jsonl", "\n\n"), "no documents");
        yield return Case("empty JSON text", f => f.Write("emptytext.jsonl", "{\"id\":\"e\",\"text\":\"  \"}\n"), ":1: empty document");
    }

    private static TestCaseData Case(string name, Func<TempFolder, string>? make, string message, params string[] extra) =>
        Case(name, make, message, 1, extra);

    private static TestCaseData Case(string name, Func<TempFolder, string>? make, string message, int expectedGood, params string[] extra) =>
        new TestCaseData(make, message, expectedGood, extra).SetName("BadInput: " + name);

    [TestCaseSource(nameof(Cases))]
    public void IsReportedByNameWhileTheRestIsProcessed(Func<TempFolder, string>? make, string message, int expectedGood, string[] extra)
    {
        using var folder = new TempFolder();
        var before = folder.Write("good1.txt", Articles.Number(1));
        var bad = make?.Invoke(folder) ?? folder["missing.txt"];
        var after = folder.Write("good2.txt", Articles.Number(2));
        var run = CliHarness.Run(null, ["extract", before, bad, after, .. extra]);
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Errors, Has.Length.EqualTo(1), run.ToString());
        Assert.That(run.Errors[0], Does.StartWith($"newsnlp: error: {bad}").And.Contain(message));
        Assert.That(run.Ids.First(), Is.EqualTo(before));
        Assert.That(run.Ids.Last(), Is.EqualTo(after));
        Assert.That(run.Lines, Has.Length.EqualTo(1 + expectedGood));
        Assert.That(run.Stderr, Does.Contain("1 error in"));
    }

    [Test]
    public void BrokenJsonLineInTheMiddleIsReportedWithItsLineNumberAndTheRestProcessed()
    {
        using var folder = new TempFolder();
        var lines = Enumerable.Range(1, 9).Select(i => $"{{\"id\":\"d{i}\",\"text\":\"{Articles.Number(i)}\"}}").ToList();
        lines[4] = "{\"id\":\"d5\",\"text\":\"Warga ber";
        var file = folder.Write("crawl.jsonl", string.Join('\n', lines) + "\n");
        var run = CliHarness.Run(null, "extract", file, "--threads", "4");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Errors.Single(), Does.StartWith($"newsnlp: error: {file}:5: malformed JSON"));
        Assert.That(run.Ids, Is.EqualTo(new[] { "d1", "d2", "d3", "d4", "d6", "d7", "d8", "d9" }));
    }

    [Test]
    public void InvalidUtf8InsideAJsonLineIsReportedWithItsLine()
    {
        using var folder = new TempFolder();
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"Warga berkumpul.\"}\n{\"id\":\"b\",\"text\":\"caf"));
        bytes.Add(0xE9);
        bytes.AddRange(Encoding.UTF8.GetBytes("\"}\n{\"id\":\"c\",\"text\":\"Warga pulang.\"}\n"));
        var file = folder.WriteBytes("mixed.jsonl", [.. bytes]);
        var run = CliHarness.Run(null, "extract", file);
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Errors.Single(), Does.StartWith($"newsnlp: error: {file}:2: invalid UTF-8"));
        Assert.That(run.Ids, Is.EqualTo(new[] { "a", "c" }));
    }

    [Test]
    public void OverlongJsonLineIsSkippedWithoutStoppingTheFile()
    {
        using var folder = new TempFolder();
        var huge = "{\"id\":\"huge\",\"text\":\"" + new string('x', 300_000) + "\"}";
        var file = folder.Write("long.jsonl", "{\"id\":\"a\",\"text\":\"Warga berkumpul.\"}\n" + huge + "\n{\"id\":\"c\",\"text\":\"Warga pulang.\"}\n");
        var run = CliHarness.Run(null, "extract", file, "--max-doc-size", "10K");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Errors.Single(), Does.StartWith($"newsnlp: error: {file}:2: document of").And.Contain("over the --max-doc-size limit of 10 KB"));
        Assert.That(run.Ids, Is.EqualTo(new[] { "a", "c" }));
    }

    [Test]
    public void EmptyStandardInputIsReported()
    {
        var run = CliHarness.Run("", "extract");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Errors.Single(), Is.EqualTo("newsnlp: error: stdin: empty document"));
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public void FolderOfManySmallFilesReportsTheOneFailingFileAndWritesTheOthers()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 300; i++)
            folder.Write($"batch/{i:D4}.txt", Articles.Number(i));
        var broken = folder.WriteBytes("batch/0123.txt", [0x41, 0xC3, 0x28, 0x42]);
        var run = CliHarness.Run(null, "extract", folder["batch"], "--threads", "4");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Errors, Is.EqualTo(new[] { $"newsnlp: error: {broken}: invalid UTF-8 at byte 1 (line 1)" }));
        Assert.That(run.Ids, Is.EqualTo(Enumerable.Range(0, 300).Where(i => i != 123).Select(i => folder[$"batch/{i:D4}.txt"])));
        Assert.That(run.Stderr, Does.Contain("newsnlp: 299 documents,").And.Contain("1 error in"));
    }

    [Test]
    public void TenCraftedBadFilesAmongAHundredGoodOnesGiveTenMessagesAndAHundredResults()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 100; i++)
            folder.Write($"mix/good{i:D3}.txt", Articles.Number(i));
        string[] bad =
        [
            folder.WriteBytes("mix/bad01.txt", [0x57, 0x61, 0xC0, 0xAF]),
            folder.WriteBytes("mix/bad02.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]),
            folder.WriteBytes("mix/bad03.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Warga")]),
            folder.Write("mix/bad04.txt", ""),
            folder.Write("mix/bad05.txt", "\n  \r\n\t"),
            folder.Write("mix/bad06.txt", new string('x', 9000)),
            folder.Write("mix/bad07.jsonl", "{\"id\": \"a\", \"text\": \"Warga\"\n"),
            folder.Write("mix/bad08.jsonl", "{\"id\": \"b\"}\n"),
            folder.Write("mix/bad09.jsonl", "{\"id\": \"c\", \"text\": \"Warga\", \"date\": \"kemarin\"}\n"),
            folder.Write("mix/bad10.jsonl", "[\"Warga\"]\n"),
        ];
        var run = CliHarness.Run(null, "extract", folder["mix"], "--glob", "*", "--max-doc-size", "8K", "--threads", "4");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Lines, Has.Length.EqualTo(100));
        Assert.That(run.Errors, Has.Length.EqualTo(10), run.ToString());
        for (var i = 0; i < 10; i++)
            Assert.That(run.Errors[i], Does.StartWith($"newsnlp: error: {bad[i]}:"));
    }

    [TestCase("--threads", "0")]
    [TestCase("--date", "31-12-2024")]
    [TestCase("--format", "xml")]
    [TestCase("--what", "people")]
    [TestCase("--max-doc-size", "lots")]
    [TestCase("--no-such-option", null)]
    public void UsageErrorsExitWithTwo(string option, string? value)
    {
        string[] args = value is null ? ["extract", option] : ["extract", option, value];
        var run = CliHarness.Run("Warga berkumpul.", args);
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.StartWith("newsnlp: error:").And.Contain("Try 'newsnlp extract --help'."));
        Assert.That(run.Stdout, Is.Empty);
    }
}
