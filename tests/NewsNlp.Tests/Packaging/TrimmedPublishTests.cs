using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Packaging;

/// <summary>
/// Publishes the console sample trimmed and self-contained, and checks the trimmer finds nothing
/// to warn about in NewsNlp. (Native AOT needs the ILCompiler runtime pack, which the package
/// mirror here does not hold; the trim and AOT analyzers run on every build of the library.)
/// </summary>
[Category("Slow")]
public class TrimmedPublishTests
{
    [Test]
    public void TrimmedPublishOfTheConsoleSampleHasNoWarningsFromNewsNlp()
    {
        var output = Directory.CreateTempSubdirectory("newsnlp-trim-");
        try
        {
            var publish = DotnetProcess.Run(SharedData.RepositoryRoot, TimeSpan.FromMinutes(5),
                "publish", "samples/ConsoleSample/ConsoleSample.csproj", "-c", "Release", "-r", "linux-x64",
                "--self-contained", "-p:PublishTrimmed=true", "-o", output.FullName,
                "--artifacts-path", Path.Combine(output.FullName, "artifacts"));
            Assert.That(publish.ExitCode, Is.EqualTo(0), publish.ToString());
            var warnings = publish.Stdout.Split('\n').Where(l => l.Contains("warning IL", StringComparison.Ordinal)).ToList();
            Assert.That(warnings, Is.Empty, publish.ToString());

            var run = DotnetProcess.RunProgram(Path.Combine(output.FullName, "ConsoleSample"), output.FullName,
                TimeSpan.FromMinutes(1), null, "Sebanyak 12 rumah rusak.");
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        }
        finally
        {
            try { output.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
