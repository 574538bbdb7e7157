using System.Diagnostics;
using System.Text;

namespace NewsNlp.Tests.Cli;

/// <summary>A few runs of the real <c>newsnlp</c> process (each costs a process start, so they are few).</summary>
[NonParallelizable]
public class ProcessTests
{
    [Test]
    public void FolderRunGivesJsonLinesOnStdoutAndMessagesOnStderr()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 20; i++)
            folder.Write($"news/{i:D2}.txt", Articles.Number(i));
        folder.WriteBytes("news/07.txt", [0xFF, 0xFE, 0x41, 0x00]);
        var run = CliHarness.RunProcess(folder.Root, null, "extract", "news", "--threads", "3");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Ids, Is.EqualTo(Enumerable.Range(0, 20).Where(i => i != 7).Select(i => Path.Combine("news", $"{i:D2}.txt"))));
        Assert.That(run.Errors, Is.EqualTo(new[] { $"newsnlp: error: {Path.Combine("news", "07.txt")}: UTF-16 text is not supported: save it as UTF-8" }));
        Assert.That(run.Stderr, Does.Contain("newsnlp: 19 documents,").And.Not.Contain("\u001b["), "no progress bar on redirected stderr");
    }

    [Test]
    public void JsonLinesOnStandardInputWithABrokenLine()
    {
        using var folder = new TempFolder();
        var stdin = new StringBuilder();
        for (var i = 1; i <= 6; i++)
            stdin.Append(i == 3 ? "{\"id\": \"d3\", \"text\": }\n" : $"{{\"id\":\"d{i}\",\"text\":\"{Articles.Number(i)}\"}}\n");
        var run = CliHarness.RunProcess(folder.Root, stdin.ToString(), "claims", "--input-format", "jsonl", "--quiet");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Ids, Is.EqualTo(new[] { "d1", "d2", "d4", "d5", "d6" }));
        Assert.That(run.Stderr.Trim(), Does.StartWith("newsnlp: error: stdin:3: malformed JSON"));
    }

    [Test]
    public void InterruptCancelsCleanlyWithExitCode130AndRemovesTheTemporaryFile()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("SIGINT is sent with kill(1)");
        using var folder = new TempFolder();
        using var process = CliHarness.Start(folder.Root, "extract", "--input-format", "jsonl", "-o", "out.jsonl");
        var stderr = process.StandardError.ReadToEndAsync();
        // Standard input stays open: the command waits for more documents until it is interrupted.
        var line = Encoding.UTF8.GetBytes($"{{\"id\":\"d\",\"text\":\"{Articles.Number(1)}\"}}\n");
        process.StandardInput.BaseStream.Write(line);
        process.StandardInput.BaseStream.Flush();
        var clock = Stopwatch.StartNew();
        while (Directory.GetFiles(folder.Root, ".out.jsonl.*.tmp").Length == 0 && clock.Elapsed < TimeSpan.FromSeconds(60))
            Thread.Sleep(50);
        Assert.That(Directory.GetFiles(folder.Root, ".out.jsonl.*.tmp"), Has.Length.EqualTo(1), "the run started writing");
        Thread.Sleep(300);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(30)), Is.True, "exits after Ctrl+C");
        Assert.That(process.ExitCode, Is.EqualTo(130), stderr.GetAwaiter().GetResult());
        Assert.That(Directory.GetFileSystemEntries(folder.Root), Is.Empty, "no temporary file, no partial output");
        Assert.That(stderr.GetAwaiter().GetResult(), Does.Contain("cancelled after"));
    }

    [Test]
    public void ClosedStandardOutputStopsTheRunWithExitCode3()
    {
        if (OperatingSystem.IsWindows())
            Assert.Ignore("EPIPE is a Unix behaviour");
        using var folder = new TempFolder();
        using var process = CliHarness.Start(folder.Root, "extract", "--input-format", "jsonl", "--quiet");
        var stderr = process.StandardError.ReadToEndAsync();
        var line = Encoding.UTF8.GetBytes($"{{\"id\":\"d\",\"text\":\"{Articles.Number(1)}\"}}\n");
        process.StandardInput.BaseStream.Write(line);
        process.StandardInput.BaseStream.Flush();
        Assert.That(process.StandardOutput.ReadLine(), Does.StartWith("{\"id\":\"d\""));
        process.StandardOutput.Close(); // like `| head -1` exiting
        var clock = Stopwatch.StartNew();
        try
        {
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                process.StandardInput.BaseStream.Write(line);
                process.StandardInput.BaseStream.Flush();
                Thread.Sleep(20);
            }
        }
        catch (IOException)
        {
            // The command exited and closed its standard input.
        }
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(30)), Is.True, "stops once its output is closed");
        Assert.That(process.ExitCode, Is.EqualTo(3), stderr.GetAwaiter().GetResult());
    }
}
