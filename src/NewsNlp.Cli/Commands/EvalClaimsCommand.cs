using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsNlp.Claims;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp eval claims --gold FILE</c>: scores claim extraction against gold claims.
/// The gold file is JSON Lines, one document a line: <c>{"id", "text", "date", "claims": [SPEC claim objects]}</c>;
/// a gold claim needs <c>value</c> and either <c>start</c>/<c>end</c> or a <c>text</c> found in the document.
/// Predicted and gold claims are paired one to one by overlapping span (largest overlap first); a pair counts for
/// value F1 when the values agree, for value+bound F1 when the bounds agree too, and for value+bound+unit F1
/// when the units agree too. Field agreement for predicate, subject, source and hedge is shown over value pairs.
/// </summary>
internal static class EvalClaimsCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold claims, JSON Lines: {\"id\",\"text\",\"date\",\"claims\":[...]}.", Required = true };
        var verbose = new Option<bool>("--verbose") { Description = "List every miss and false alarm." };
        var command = new Command("claims", "Score claim extraction against gold claims (value, value+bound, value+bound+unit F1).") { gold, verbose };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(gold)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"newsnlp: gold file '{file.FullName}' not found.");
                return 2;
            }
            try
            {
                var score = ClaimScorer.Score(File.ReadLines(file.FullName), parse.GetValue(verbose) ? Console.Out : null);
                score.Print(Console.Out);
                return 0;
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                Console.Error.WriteLine($"newsnlp: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}

/// <summary>A gold claim as the scorer needs it.</summary>
/// <param name="Checked">The optional fields the gold claim gives (predicate, subject, source, hedge): only those are compared.</param>
internal sealed record GoldClaim(int Start, int End, string Text, double Value, string? Bound, string? Unit, string? Predicate, string? Subject, string[]? Source, string? Hedge, IReadOnlySet<string> Checked);

/// <summary>Counts of an evaluation and their F1 scores.</summary>
internal sealed class ClaimScore
{
    public int Documents { get; set; }
    public int Gold { get; set; }
    public int Predicted { get; set; }
    public int Spans { get; set; }
    public int Value { get; set; }
    public int ValueBound { get; set; }
    public int ValueBoundUnit { get; set; }
    public Dictionary<string, (int Right, int Asked)> Fields { get; } = new(StringComparer.Ordinal);

    public static double F1(int tp, int predicted, int gold)
    {
        if (tp == 0) return 0;
        double p = (double)tp / predicted, r = (double)tp / gold;
        return 2 * p * r / (p + r);
    }

    public void Print(TextWriter o)
    {
        var ci = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(ci, $"documents {Documents}, gold claims {Gold}, predicted {Predicted}"));
        foreach (var (name, tp) in new[] { ("span", Spans), ("value", Value), ("value+bound", ValueBound), ("value+bound+unit", ValueBoundUnit) })
        {
            var p = Predicted == 0 ? 0 : (double)tp / Predicted;
            var r = Gold == 0 ? 0 : (double)tp / Gold;
            o.WriteLine(string.Create(ci, $"{name,-18} F1 {F1(tp, Predicted, Gold):0.000}  P {p:0.000}  R {r:0.000}  ({tp} right)"));
        }
        foreach (var (field, (right, asked)) in Fields.OrderBy(static f => f.Key, StringComparer.Ordinal))
            o.WriteLine(string.Create(ci, $"{field,-18} {(asked == 0 ? 0 : (double)right / asked):0.000} of value-matched claims ({right}/{asked})"));
    }
}

/// <summary>Scores the pipeline's claims against gold documents.</summary>
internal static class ClaimScorer
{
    public static ClaimScore Score(IEnumerable<string> goldLines, TextWriter? log)
    {
        var score = new ClaimScore();
        var lineNo = 0;
        foreach (var line in goldLines)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? throw new InvalidDataException($"line {lineNo}: no text");
            var id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : lineNo.ToString(CultureInfo.InvariantCulture);
            DateOnly? date = root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(d.GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            var gold = ReadGold(root.GetProperty("claims"), text, lineNo);
            var predicted = NewsPipeline.Default.Extract(text, new ExtractOptions { ReferenceDate = date }).Claims;
            Add(score, id, gold, predicted, log);
        }
        return score;
    }

    /// <summary>Adds one document's pairs to <paramref name="score"/>.</summary>
    public static void Add(ClaimScore score, string id, IReadOnlyList<GoldClaim> gold, IReadOnlyList<Claim> predicted, TextWriter? log)
    {
        score.Documents++;
        score.Gold += gold.Count;
        score.Predicted += predicted.Count;
        var pairs = new List<(int Overlap, int G, int P)>();
        for (var g = 0; g < gold.Count; g++)
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = Math.Min(gold[g].End, predicted[p].End) - Math.Max(gold[g].Start, predicted[p].Start);
                if (overlap > 0) pairs.Add((overlap, g, p));
            }
        pairs.Sort(static (a, b) => b.Overlap.CompareTo(a.Overlap));
        var goldUsed = new bool[gold.Count];
        var predUsed = new bool[predicted.Count];
        foreach (var (_, g, p) in pairs)
        {
            if (goldUsed[g] || predUsed[p]) continue;
            goldUsed[g] = predUsed[p] = true;
            var (gc, pc) = (gold[g], predicted[p]);
            score.Spans++;
            var valueOk = SameNumber(gc.Value, pc.Value);
            var boundOk = gc.Bound is null || gc.Bound == pc.Bound.ToSpecName();
            var unitOk = string.Equals(gc.Unit, pc.Unit, StringComparison.OrdinalIgnoreCase);
            if (valueOk) score.Value++;
            if (valueOk && boundOk) score.ValueBound++;
            if (valueOk && boundOk && unitOk) score.ValueBoundUnit++;
            if (valueOk)
            {
                Field(score, "predicate", gc.Predicate, pc.Predicate, gc.Checked.Contains("predicate"));
                Field(score, "subject", gc.Subject, pc.Subject, gc.Checked.Contains("subject"));
                Field(score, "source", string.Join("|", (gc.Source ?? []).Order(StringComparer.Ordinal)), string.Join("|", pc.Source.Order(StringComparer.Ordinal)), gc.Checked.Contains("source"));
                Field(score, "hedge", gc.Hedge, pc.Hedge, gc.Checked.Contains("hedge"));
            }
            if (log is not null && !(valueOk && boundOk && unitOk))
                log.WriteLine($"{id}: WRONG gold '{gc.Text}' {gc.Value} {gc.Bound} {gc.Unit} | got '{pc.Text}' {pc.Value} {pc.Bound.ToSpecName()} {pc.Unit}");
        }
        if (log is null) return;
        for (var g = 0; g < gold.Count; g++)
            if (!goldUsed[g]) log.WriteLine($"{id}: MISSED '{gold[g].Text}' {gold[g].Value} {gold[g].Bound} {gold[g].Unit}");
        for (var p = 0; p < predicted.Count; p++)
            if (!predUsed[p]) log.WriteLine($"{id}: EXTRA '{predicted[p].Text}' {predicted[p].Value} {predicted[p].Bound.ToSpecName()} {predicted[p].Unit}");
    }

    private static void Field(ClaimScore score, string name, string? gold, string? predicted, bool ask)
    {
        if (!ask) return;
        score.Fields.TryGetValue(name, out var counts);
        var right = string.Equals(gold ?? "", predicted ?? "", StringComparison.OrdinalIgnoreCase);
        score.Fields[name] = (counts.Right + (right ? 1 : 0), counts.Asked + 1);
    }

    private static bool SameNumber(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    private static List<GoldClaim> ReadGold(JsonElement claims, string text, int lineNo)
    {
        var list = new List<GoldClaim>();
        var searchFrom = 0;
        foreach (var c in claims.EnumerateArray())
        {
            var claimText = Str(c, "text") ?? "";
            int start, end;
            if (c.TryGetProperty("start", out var s) && c.TryGetProperty("end", out var e))
            {
                start = s.GetInt32();
                end = e.GetInt32();
            }
            else
            {
                start = claimText.Length == 0 ? -1 : text.IndexOf(claimText, searchFrom, StringComparison.Ordinal);
                if (start < 0 && claimText.Length > 0) start = text.IndexOf(claimText, StringComparison.Ordinal);
                if (start < 0) throw new InvalidDataException($"line {lineNo}: gold claim '{claimText}' has no start/end and is not in the text");
                end = start + claimText.Length;
                searchFrom = end;
            }
            if (start < 0 || end > text.Length || end <= start)
                throw new InvalidDataException($"line {lineNo}: gold claim '{claimText}' has a span outside the text");
            string[]? source = c.TryGetProperty("source", out var src) && src.ValueKind == JsonValueKind.Array
                ? src.EnumerateArray().Select(static x => x.GetString() ?? "").ToArray() : null;
            list.Add(new GoldClaim(start, end, claimText.Length > 0 ? claimText : text[start..end], c.GetProperty("value").GetDouble(),
                Str(c, "bound"), Str(c, "unit"), Str(c, "predicate"), Str(c, "subject"), source, Str(c, "hedge"),
                OptionalFields.Where(f => c.TryGetProperty(f, out _)).ToHashSet(StringComparer.Ordinal)));
        }
        return list;
    }

    private static readonly string[] OptionalFields = ["predicate", "subject", "source", "hedge"];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
