using System.Globalization;
using NewsNlp.Claims;
using NewsNlp.Comparison;

namespace NewsNlp.Tests.Comparison;

/// <summary>One case of Golden/comparison/report-pairs.tsv: hand-built documents and the groups expected from them.</summary>
public sealed record ReportPairCase(string Name, IReadOnlyList<ComparedDocument> Documents, IReadOnlyList<ExpectedGroup> Expected)
{
    public override string ToString() => Name;

    public static IEnumerable<ReportPairCase> Load(string path)
    {
        string? name = null;
        var documents = new List<(string Id, DateOnly? Date, List<Claim> Claims)>();
        var expected = new List<ExpectedGroup>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var f = line.Split('\t');
            switch (f[0])
            {
                case "case":
                    if (name is not null)
                        yield return Build(name, documents, expected);
                    name = f[1];
                    documents = [];
                    expected = [];
                    break;
                case "doc":
                    documents.Add((f[1], Null(f[2]) is { } d ? DateOnly.Parse(d, CultureInfo.InvariantCulture) : null, []));
                    break;
                case "claim":
                    documents[^1].Claims.Add(new Claim(
                        f[1], 0, f[1].Length, Number(f[2])!.Value, Bound(f[3]), Number(f[4]), Number(f[5]),
                        Null(f[6]), Null(f[7]), Null(f[8]),
                        Null(f[9])?.Split(';', StringSplitOptions.TrimEntries) ?? [], null));
                    break;
                case "expect":
                    expected.Add(new ExpectedGroup(Null(f[1]), Null(f[2]), Null(f[3]), f[4] == "consistent", f[5].Split(' ')));
                    break;
                default:
                    throw new FormatException($"{path}: unknown line '{line}'");
            }
        }
        if (name is not null)
            yield return Build(name, documents, expected);
    }

    private static ReportPairCase Build(string name, List<(string Id, DateOnly? Date, List<Claim> Claims)> documents, List<ExpectedGroup> expected) =>
        new(name, documents.Select(d => new ComparedDocument(d.Id, d.Date, d.Claims.ToArray())).ToArray(), expected.ToArray());

    private static string? Null(string field) => field == "-" ? null : field;

    private static double? Number(string field) => Null(field) is { } f ? double.Parse(f, CultureInfo.InvariantCulture) : null;

    private static ClaimBound Bound(string field) =>
        Enum.GetValues<ClaimBound>().Single(b => b.ToSpecName() == field);
}

/// <summary>A group the case expects: its names, verdict and claims as <c>doc.n</c> references (1-based).</summary>
public sealed record ExpectedGroup(string? Subject, string? Unit, string? Predicate, bool Consistent, IReadOnlyList<string> Claims);
