using System.Text;
using System.Text.Json;
using NewsNlp.Cli.Commands;
using NewsNlp.Cli.Hosting;
using NewsNlp.Cli.Input;
using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Tests.Cli;

/// <summary>Output errors, atomic -o, cancellation, files that vanish, bounded memory (issue 9's CLI faults).</summary>
public class FaultTests
{
    [Test]
    public void OutputFileIsWrittenAtomicallyWithNoTemporaryLeft()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", Articles.Number(1));
        folder.Write("in/b.txt", Articles.Number(2));
        Directory.CreateDirectory(folder["out"]);
        var target = folder.Write("out/result.jsonl", "old content\n");
        var run = CliHarness.Run(null, "extract", folder["in"], "-o", target);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Stdout, Is.Empty);
        var lines = File.ReadAllLines(target);
        Assert.That(lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()), Is.EqualTo(new[] { folder["in/a.txt"], folder["in/b.txt"] }));
        Assert.That(Directory.GetFiles(folder["out"]), Is.EqualTo(new[] { target }));
    }

    [Test]
    public void OutputIntoAMissingFolderIsAnOutputError()
    {
        using var folder = new TempFolder();
        var input = folder.Write("a.txt", Articles.Number(1));
        var run = CliHarness.Run(null, "extract", input, "-o", folder["nowhere/out.jsonl"]);
        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
        Assert.That(run.Errors.Single(), Does.Contain("cannot write").And.Contain("does not exist"));
    }

    [Test]
    public void OutputUnderAFileIsAnOutputError()
    {
        using var folder = new TempFolder();
        var input = folder.Write("a.txt", Articles.Number(1));
        var run = CliHarness.Run(null, "extract", input, "-o", Path.Combine(input, "out.jsonl"));
        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
    }

    [Test]
    public void ReadOnlyOutputFolderIsAnOutputErrorAndLeavesNothing()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("Unix permissions");
        using var folder = new TempFolder();
        var input = folder.Write("a.txt", Articles.Number(1));
        Directory.CreateDirectory(folder["ro"]);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder["ro"], UnixFileMode.UserRead | UnixFileMode.UserExecute);
        Assume.That(CanCreateFileIn(folder["ro"]), Is.False, "running as root: a read-only folder is still writable");
        var run = CliHarness.Run(null, "extract", input, "-o", folder["ro/out.jsonl"]);
        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
        Assert.That(run.Errors.Single(), Does.Contain("permission denied"));
        Assert.That(Directory.GetFiles(folder["ro"]), Is.Empty);
    }

    [Test]
    public void WriteErrorMidwayIsAnOutputErrorAfterCompleteDocumentsOnly()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 40; i++)
            folder.Write($"d/{i:D2}.txt", Articles.Number(i));
        var output = new FailingStream(failAfterBytes: 3000);
        var run = CliHarness.RunWith([], output, CancellationToken.None, "extract", folder["d"], "--threads", "2");
        Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
        Assert.That(run.Errors.Single(), Does.StartWith("newsnlp: error: cannot write standard output: No space left"));
        var written = Encoding.UTF8.GetString(output.Written.ToArray());
        Assert.That(written, Does.EndWith("\n"));
        foreach (var line in written.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            Assert.DoesNotThrow(() => JsonDocument.Parse(line));
    }

    [Test]
    public void CancellationLeavesCompleteJsonLinesOnStandardOutput()
    {
        using var folder = new TempFolder();
        var jsonl = folder.Write("big.jsonl", string.Join('\n', Enumerable.Range(0, 2000).Select(i => $"{{\"id\":\"d{i}\",\"text\":\"{Articles.Number(i)}\"}}")));
        using var cancel = new CancellationTokenSource();
        var output = new CancellingStream(cancel, cancelAfterWrites: 5);
        var run = CliHarness.RunWith([], output, cancel.Token, "extract", jsonl, "--threads", "2");
        Assert.That(run.ExitCode, Is.EqualTo(130), run.ToString());
        Assert.That(run.Stderr, Does.Contain("newsnlp: cancelled after"));
        var lines = Encoding.UTF8.GetString(output.Written.ToArray()).Split('\n');
        Assert.That(lines[^1], Is.Empty, "output ends at a line end");
        var ids = lines[..^1].Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Has.Count.InRange(5, 1999));
        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, ids.Count).Select(i => $"d{i}")));
    }

    [Test]
    public void CancellationRemovesTheTemporaryOutputAndKeepsTheOldTarget()
    {
        using var folder = new TempFolder();
        var jsonl = folder.Write("in/big.jsonl", string.Join('\n', Enumerable.Range(0, 3000).Select(i => $"{{\"id\":\"d{i}\",\"text\":\"{Articles.Number(i)}\"}}")));
        Directory.CreateDirectory(folder["out"]);
        var target = folder.Write("out/result.jsonl", "previous\n");
        using var cancel = new CancellationTokenSource();
        var settings = new ExtractSettings { Input = new InputOptions { Inputs = [jsonl] }, OutputPath = target, Threads = 2 };
        var sawTemporary = false;
        var stats = new PipelineStats
        {
            OnConsumed = count =>
            {
                if (count != 5)
                    return;
                sawTemporary = Directory.GetFiles(folder["out"], ".result.jsonl.*.tmp").Length == 1;
                cancel.Cancel();
            },
        };
        var error = new StringWriter();
        var code = ExtractRunner.RunAsync(settings, new CliConsole(new MemoryStream(), new MemoryStream(), error), cancel.Token, stats).GetAwaiter().GetResult();
        Assert.That(code, Is.EqualTo(130), error.ToString());
        Assert.That(sawTemporary, Is.True, "the run wrote to a temporary file");
        Assert.That(Directory.GetFiles(folder["out"]), Is.EqualTo(new[] { target }));
        Assert.That(File.ReadAllText(target), Is.EqualTo("previous\n"));
        Assert.That(error.ToString(), Does.Contain("was not written"));
    }

    [Test]
    public void FileThatDisappearsMidBatchIsReportedAndTheOthersComeOut()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 6; i++)
            folder.Write($"d/{i}.txt", Articles.Number(i));
        var settings = new ExtractSettings
        {
            Input = new InputOptions
            {
                Inputs = [folder["d"]],
                BeforeOpen = path =>
                {
                    if (path.EndsWith("1.txt", StringComparison.Ordinal))
                        File.Delete(folder["d/4.txt"]);
                },
            },
            Threads = 3,
            Quiet = true,
        };
        var (code, stdout, stderr) = RunDirect(settings);
        Assert.That(code, Is.EqualTo(1), stderr);
        Assert.That(stderr.Trim(), Is.EqualTo($"newsnlp: error: {folder["d/4.txt"]}: file disappeared before it could be read"));
        Assert.That(Ids(stdout), Is.EqualTo(new[] { 0, 1, 2, 3, 5 }.Select(i => folder[$"d/{i}.txt"])));
    }

    [Test]
    public void MemoryStaysBoundedByTheWindowOnALargeBatch()
    {
        using var folder = new TempFolder();
        var jsonl = folder.Write("many.jsonl", string.Join('\n', Enumerable.Range(0, 3000).Select(i => $"{{\"id\":\"d{i}\",\"text\":\"{Articles.Number(i)}\"}}")));
        var stats = new PipelineStats();
        var settings = new ExtractSettings { Input = new InputOptions { Inputs = [jsonl] }, Threads = 4, Quiet = true };
        var (code, stdout, _) = RunDirect(settings, stats);
        Assert.That(code, Is.Zero);
        Assert.That(Ids(stdout), Has.Length.EqualTo(3000));
        Assert.That(stats.MaxInFlight, Is.LessThanOrEqualTo(stats.Window + 1), "documents held at once");
        Assert.That(stats.Window, Is.LessThanOrEqualTo(64));
    }

    private static (int Code, string Stdout, string Stderr) RunDirect(ExtractSettings settings, PipelineStats? stats = null)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var code = ExtractRunner.RunAsync(settings, new CliConsole(new MemoryStream(), output, error), CancellationToken.None, stats).GetAwaiter().GetResult();
        return (code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    private static string?[] Ids(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString())];

    private static bool CanCreateFileIn(string folder)
    {
        try
        {
            var probe = Path.Combine(folder, ".probe");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
