using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsNlp.Cli.Hosting;

namespace NewsNlp.Tests.Cli;

/// <summary>What one run of the command gave.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The non-empty lines of standard output.</summary>
    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Each output line parsed as JSON (fails the test on a line that is not).</summary>
    public JsonElement[] Documents => [.. Lines.Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    /// <summary>The ids of the output documents, in order.</summary>
    public string?[] Ids => [.. Documents.Select(d => d.GetProperty("id").GetString())];

    /// <summary>The error lines of standard error (summary excluded).</summary>
    public string[] Errors => [.. Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("newsnlp: error:", StringComparison.Ordinal))];

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs <c>newsnlp</c> in process (injected streams) or as a real process.</summary>
internal static class CliHarness
{
    /// <summary>Runs the command in process with <paramref name="stdin"/> as standard input.</summary>
    public static CliRun Run(string? stdin, params string[] args) => RunWith(stdin is null ? [] : Encoding.UTF8.GetBytes(stdin), null, CancellationToken.None, args);

    /// <summary>Runs the command in process over the given streams.</summary>
    public static CliRun RunWith(byte[] stdin, Stream? stdout, CancellationToken cancellationToken, params string[] args)
    {
        var output = stdout ?? new MemoryStream();
        var error = new StringWriter();
        var console = new CliConsole(new MemoryStream(stdin), output, error);
        var code = NewsNlp.Cli.Program.RunAsync(args, console, cancellationToken).GetAwaiter().GetResult();
        var text = output is MemoryStream memory ? Encoding.UTF8.GetString(memory.ToArray()) : "";
        return new CliRun(code, text, error.ToString());
    }

    /// <summary>The built command next to the test assembly.</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "NewsNlp.Cli.dll");

    /// <summary>Starts <c>dotnet NewsNlp.Cli.dll args</c> with redirected streams.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Runs the real process to the end, feeding <paramref name="stdin"/>.</summary>
    public static CliRun RunProcess(string workingDirectory, string? stdin, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(stdin);
            process.StandardInput.BaseStream.Write(bytes);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("newsnlp did not finish within 2 minutes");
        }
        return new CliRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}

/// <summary>A temporary folder deleted at the end of the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "newsnlp-cli-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Full path of <paramref name="relative"/>.</summary>
    public string this[string relative] => Path.Combine(Root, relative);

    /// <summary>Writes UTF-8 text (no BOM) to <paramref name="relative"/>, creating folders; returns the full path.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes bytes to <paramref name="relative"/>, creating folders; returns the full path.</summary>
    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = this[relative];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            if (!OperatingSystem.IsWindows())
                foreach (var dir in Directory.EnumerateDirectories(Root, "*", SearchOption.AllDirectories))
                    File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
        }
    }
}

/// <summary>Small made-up articles (written for the tests, not copied from any news site).</summary>
internal static class Articles
{
    public static string Number(int i) =>
        $"JAKARTA - Sebanyak {i + 10} relawan dikirim ke desa nomor {i} pada Senin (3/10/2022). " +
        $"Menurut petugas, sekitar {i * 100 + 50} warga menerima bantuan, dan lebih dari {i + 2} rumah diperbaiki.";
}
