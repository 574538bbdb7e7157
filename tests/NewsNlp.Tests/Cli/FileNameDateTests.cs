using NewsNlp.Cli.Input;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Cli;

/// <summary>A publication date in a text file's name is the reference date when the text has no dateline.</summary>
public class FileNameDateTests
{
    [TestCase("detik-2024-12-31-kim-putin.txt", "2024-12-31")]
    [TestCase("/arsip/2023/berita_2023_02_28.txt", "2023-02-28")]
    [TestCase("2025.01.05 banjir.md", "2025-01-05")]
    [TestCase("berita-2024-02-30.txt", null)]      // no such day
    [TestCase("nomor-12024-12-3112.txt", null)]    // digits run on both sides
    [TestCase("2024-12-31/berita.txt", null)]      // a folder's date is not the file's
    [TestCase("berita.txt", null)]
    public void FindsTheDateInTheName(string path, string? expected) =>
        Assert.That(FileNameDate.Find(path)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));

    [Test]
    public void RelativeDatesResolveAgainstTheNameWhenTheTextHasNoDateline()
    {
        using var folder = new TempFolder();
        var file = folder.Write("kabar-2024-03-15-banjir.txt", "Banjir melanda desa itu pada Senin lalu. Warga mengungsi sejak kemarin.\n");
        var run = CliHarness.Run(null, "extract", file);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var document = run.Documents.Single();
        Assert.That(document.GetProperty("date").GetString(), Is.EqualTo("2024-03-15"));
        var values = document.GetProperty("entities").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "Date")
            .Select(e => e.GetProperty("value").GetString()).ToArray();
        Assert.That(values, Is.EqualTo(new[] { "2024-03-11", "2024-03-14" }));
    }

    [Test]
    public void TheJsonDateAndTheDatelineComeFirst()
    {
        using var folder = new TempFolder();
        var file = folder.Write("kabar-2024-03-15.txt", "Jakarta, Rabu (10/1/2024) - Hujan turun sejak kemarin.\n");
        var run = CliHarness.Run(null, "extract", file);
        Assert.That(run.Documents.Single().GetProperty("date").GetString(), Is.EqualTo("2024-01-10"));
    }
}
