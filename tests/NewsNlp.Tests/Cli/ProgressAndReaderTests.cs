using System.Text;
using NewsNlp.Cli.Hosting;
using NewsNlp.Cli.Input;

namespace NewsNlp.Tests.Cli;

/// <summary>The progress bar path (standard error on a terminal) and the simple reader other commands use.</summary>
public class ProgressAndReaderTests
{
    [Test]
    public void ProgressOnATerminalLeavesStandardOutputClean()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 30; i++)
            folder.Write($"d/{i:D2}.txt", Articles.Number(i));
        folder.Write("d/bad.txt", "");
        var output = new MemoryStream();
        var error = new StringWriter();
        var console = new CliConsole(new MemoryStream(), output, error, errorIsTerminal: true);
        var code = NewsNlp.Cli.Program.RunAsync(["extract", folder["d"]], console, CancellationToken.None).GetAwaiter().GetResult();
        var stdout = Encoding.UTF8.GetString(output.ToArray());
        Assert.That(code, Is.EqualTo(1), error.ToString());
        Assert.That(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(30));
        Assert.That(stdout, Does.Not.Contain("\u001b"));
        Assert.That(error.ToString(), Does.Contain("bad.txt: empty document").And.Contain("30 documents"));
    }

    [Test]
    public void SimpleReadEnumeratesFilesFoldersJsonLinesAndStdinAndReportsErrors()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", Articles.Number(1));
        folder.Write("dir/b.txt", Articles.Number(2));
        var jsonl = folder.Write("c.jsonl", "{\"id\":\"c1\",\"text\":\"Warga berkumpul.\",\"date\":\"2024-01-02\"}\n{broken\n");
        var errors = new List<InputError>();
        var documents = InputReader.Read([file, folder["dir"], jsonl, "-", folder["missing.txt"]], new StringReader("Warga pulang."), errors.Add).ToList();
        Assert.That(documents.Select(d => d.Id), Is.EqualTo(new[] { file, folder["dir/b.txt"], "c1", "stdin" }));
        Assert.That(documents[2].Date, Is.EqualTo(new DateOnly(2024, 1, 2)));
        Assert.That(errors, Has.Count.EqualTo(2));
        Assert.That(errors[0].ToString(), Does.StartWith($"{jsonl}:2: malformed JSON"));
        Assert.That(errors[1].ToString(), Is.EqualTo($"{folder["missing.txt"]}: no such file or folder"));
    }
}
