using System.Text.Json;
using NewsNlp.Claims;
using NewsNlp.Entities;
using NewsNlp.Numbers;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Claims;

/// <summary>
/// One line of a golden claims file (JSON Lines): <c>{"text": "...", "claims": [{...}], "needs": "numbers"}</c>.
/// The text may mark entities as <c>[[text|Type|Canonical]]</c>. Each expected claim lists only the fields
/// it checks (<c>text</c>, <c>value</c>, <c>bound</c>, <c>low</c>, <c>high</c>, <c>unit</c>, <c>predicate</c>,
/// <c>subject</c>, <c>source</c>, <c>hedge</c>); <c>"claims": []</c> means no claim. <c>needs</c> names a
/// dependency (<c>numbers</c>: number words and multipliers; <c>entities</c>: the entity tagger) that the case
/// waits for: it is ignored while that dependency is still provisional.
/// </summary>
public sealed class GoldenClaimCase
{
    public required string File { get; init; }
    public required int Line { get; init; }
    public required string Marked { get; init; }
    public required JsonElement Expected { get; init; }
    public string? Needs { get; init; }

    public override string ToString() => $"{File}:{Line} {Marked}";

    public static IEnumerable<TestCaseData> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", "claims", file);
        var n = 0;
        foreach (var line in System.IO.File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var c = new GoldenClaimCase
            {
                File = file,
                Line = n,
                Marked = root.GetProperty("text").GetString()!,
                Expected = root.GetProperty("claims").Clone(),
                Needs = root.TryGetProperty("needs", out var needs) ? needs.GetString() : null,
            };
            yield return new TestCaseData(c).SetName($"{Path.GetFileNameWithoutExtension(file)}:{n} {Shorten(c.Marked)}");
        }
    }

    private static string Shorten(string s) => s.Length <= 70 ? s : s[..67] + "...";

    /// <summary>Ignores the case while the dependency it needs is still provisional.</summary>
    public void IgnoreUnlessReady()
    {
        switch (Needs)
        {
            case null: return;
            case "numbers":
                var doc = Document.Parse("sepuluh ribu");
                if (NumberRecognizer.Find(doc).Count == 0) Assert.Ignore("needs the number parser (number words, multipliers)");
                return;
            case "entities":
                if (EntityTagger.Find(Document.Parse("Korea Utara dan AS.")).Count == 0) Assert.Ignore("needs the entity tagger");
                return;
            default:
                Assert.Fail($"unknown need '{Needs}'");
                return;
        }
    }
}
