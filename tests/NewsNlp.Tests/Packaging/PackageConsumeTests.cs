using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Packaging;

/// <summary>
/// Packs the library, then builds and runs a fresh console project that references NewsNlp from
/// that folder as its only package source: the package works the way a user installs it.
/// </summary>
[Category("Slow")]
public class PackageConsumeTests
{
    [Test]
    public void PackedLibraryWorksInAFreshProject()
    {
        var work = Directory.CreateTempSubdirectory("newsnlp-pack-");
        try
        {
            var feed = Directory.CreateDirectory(Path.Combine(work.FullName, "feed")).FullName;
            var version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            var pack = DotnetProcess.Run(SharedData.RepositoryRoot, TimeSpan.FromMinutes(4),
                "pack", "src/NewsNlp/NewsNlp.csproj", "-c", "Release", "-o", feed, $"-p:Version={version}",
                "--artifacts-path", Path.Combine(work.FullName, "artifacts"));
            Assert.That(pack.ExitCode, Is.EqualTo(0), pack.ToString());
            Assert.That(File.Exists(Path.Combine(feed, $"NewsNlp.{version}.nupkg")), pack.ToString());
            Assert.That(File.Exists(Path.Combine(feed, $"NewsNlp.{version}.snupkg")), "symbols package");

            var app = Directory.CreateDirectory(Path.Combine(work.FullName, "app")).FullName;
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <RestorePackagesPath>{Path.Combine(work.FullName, "packages")}</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="NewsNlp" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), """
                using NewsNlp;
                var result = NewsPipeline.Default.Extract("Warga Kota Bogor menanam 1.200 pohon, Minggu (5/1/2025).");
                Console.WriteLine($"tokens={result.Document.Tokens.Count} sentences={result.Document.Sentences.Count}");
                """);

            var run = DotnetProcess.Run(app, TimeSpan.FromMinutes(4), "run", "--project", "app.csproj");
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            Assert.That(run.Stdout, Does.Match(@"tokens=\d+ sentences=1"), run.ToString());
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
