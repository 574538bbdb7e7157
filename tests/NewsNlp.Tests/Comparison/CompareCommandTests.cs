using System.CommandLine;
using System.Text.Json;
using NewsNlp.Cli.Commands;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Comparison;

public class CompareCommandTests
{
    [Test]
    public void JsonLinesHaveOneGroupALine()
    {
        var output = Write("jsonl");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(2));
        using var first = JsonDocument.Parse(lines[0]);
        Assert.That(first.RootElement.GetProperty("consistent").GetBoolean(), Is.True);
        Assert.That(first.RootElement.GetProperty("claims").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public void CsvHasOneClaimARow()
    {
        var rows = Write("csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(rows, Is.EqualTo(new[]
        {
            "group,subject,unit,predicate,consistent,id,text,value,bound,low,high,source,date",
            "1,Jepang,tentara,kirim,true,laporan-a.txt,lebih dari 1.500 tentara,1500,more_than,1500,,Amerika Serikat; Korea Selatan,2025-03-02",
            "1,Jepang,tentara,kirim,true,laporan-b.txt,sekitar 2.000 pasukan,2000,approx,2000,2000,,",
            "2,Jepang,tentara,tewas,true,laporan-b.txt,sedikitnya 12 prajurit,12,at_least,12,,,",
        }));
    }

    [Test]
    public void TableShowsVerdictsAndClaims()
    {
        var table = Write("table");

        Assert.That(table, Does.Contain("consistent"));
        Assert.That(table, Does.Contain("single source"));
        Assert.That(table, Does.Contain("laporan-b.txt"));
        Assert.That(table, Does.Contain("2 groups: 1 reported by several documents, 0 in conflict."));
    }

    [Test]
    public void CommandRunsOverFilesAndExitsCleanly()
    {
        var seeds = SharedData.Require("seeds");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = NewsNlp.Cli.Program.BuildRoot().Parse(["compare", "--format", "jsonl", seeds])
            .Invoke(new InvocationConfiguration { Output = output, Error = error });

        Assert.That(code, Is.Zero, error.ToString());
        foreach (var line in output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            Assert.That(() => JsonDocument.Parse(line).Dispose(), Throws.Nothing);
    }

    [Test]
    public void MissingFileIsAnErrorNotACrash()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = NewsNlp.Cli.Program.BuildRoot().Parse(["compare", Path.Combine(Path.GetTempPath(), "newsnlp-no-such-file.txt")])
            .Invoke(new InvocationConfiguration { Output = output, Error = error });

        Assert.That(code, Is.Not.Zero);
        Assert.That(error.ToString(), Does.Contain("newsnlp-no-such-file.txt"));
    }

    [Test]
    public void UnknownFormatIsRejected()
    {
        var result = NewsNlp.Cli.Program.BuildRoot().Parse(["compare", "--format", "xml", "a.txt"]);
        Assert.That(result.Errors, Is.Not.Empty);
    }

    private static string Write(string format)
    {
        using var output = new StringWriter();
        CompareCommand.Write(ComparisonJsonTests.TroopGroups(), format, output);
        return output.ToString();
    }
}
