using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsNlp.Cli.Commands;
using NewsNlp.Entities;

namespace NewsNlp.Tests.Quality;

/// <summary>One gold entity of the held-out articles (dates included, with their ISO value).</summary>
internal sealed record GoldEntity(string Type, string Text, int Start, int End, string Canonical, string? Value);

/// <summary>Figures of one scoring run over the held-out articles.</summary>
internal sealed record HeldOutFigures(
    ClaimScore Claims,
    int EntityGold, int EntityPredicted, int EntityExact, int EntityOverlap, int EntityCanonicalRight, int EntityCanonicalAliasRight,
    int DateGold, int DatePredicted, int DateOverlap, int DateValueRight,
    string Report)
{
    public double ClaimValueF1 => ClaimScore.F1(Claims.Value, Claims.Predicted, Claims.Gold);
    public double ClaimValueBoundF1 => ClaimScore.F1(Claims.ValueBound, Claims.Predicted, Claims.Gold);
    public double ClaimValueBoundUnitF1 => ClaimScore.F1(Claims.ValueBoundUnit, Claims.Predicted, Claims.Gold);
    public double EntityExactF1 => ClaimScore.F1(EntityExact, EntityPredicted, EntityGold);
    public double EntityOverlapF1 => ClaimScore.F1(EntityOverlap, EntityPredicted, EntityGold);
    public double EntityCanonicalAccuracy => EntityOverlap == 0 ? 0 : (double)EntityCanonicalRight / EntityOverlap;
    /// <summary>Canonical accuracy when an agency's canonical may also be any surface the gold gives it in the document (BNPB for Badan Nasional Penanggulangan Bencana).</summary>
    public double EntityCanonicalAliasAccuracy => EntityOverlap == 0 ? 0 : (double)EntityCanonicalAliasRight / EntityOverlap;
    public double DateF1 => ClaimScore.F1(DateOverlap, DatePredicted, DateGold);
    public double DateValueAccuracy => DateOverlap == 0 ? 0 : (double)DateValueRight / DateOverlap;
    /// <summary>Per name-entity type: gold, predicted, typed-overlap and typed-exact counts.</summary>
    public IReadOnlyDictionary<string, TypeCounts> ByType { get; init; } = new Dictionary<string, TypeCounts>();
}

/// <summary>Counts of one entity type over a scoring run.</summary>
internal sealed record TypeCounts(int Gold, int Predicted, int Overlap, int Exact)
{
    public double OverlapF1 => ClaimScore.F1(Overlap, Predicted, Gold);
    public double ExactF1 => ClaimScore.F1(Exact, Predicted, Gold);
}

/// <summary>
/// Scores the pipeline on the held-out articles of <c>Golden/articles/gold.jsonl</c>: claims with the CLI's
/// <see cref="ClaimScorer"/>; entities (non-date) by type with exact and overlapping spans, plus canonical
/// accuracy over the typed overlap pairs; dates by overlapping span, plus ISO value accuracy over the pairs.
/// Pairs are one to one, largest overlap first. The publication date is passed as the reference date.
/// </summary>
internal static class HeldOutScorer
{
    public static string GoldPath => Path.Combine(AppContext.BaseDirectory, "Golden", "articles", "gold.jsonl");

    /// <summary>The blind set of the third session (Golden/blind, docs/quality.md "Blind set"), scored the same way.</summary>
    public static string BlindGoldPath => Path.Combine(AppContext.BaseDirectory, "Golden", "blind", "gold.jsonl");

    /// <summary>The second blind set (Golden/blind2, docs/quality.md "Second blind set"), scored the same way.</summary>
    public static string Blind2GoldPath => Path.Combine(AppContext.BaseDirectory, "Golden", "blind2", "gold.jsonl");

    /// <summary>The third blind set (Golden/blind3, docs/quality.md "Third blind set"), scored the same way.</summary>
    public static string Blind3GoldPath => Path.Combine(AppContext.BaseDirectory, "Golden", "blind3", "gold.jsonl");

    /// <summary>The fourth blind set (Golden/blind4, docs/quality.md "Fourth blind set"), scored the same way.</summary>
    public static string Blind4GoldPath => Path.Combine(AppContext.BaseDirectory, "Golden", "blind4", "gold.jsonl");

    public static HeldOutFigures Score(string goldPath)
    {
        var lines = File.ReadAllLines(goldPath);
        var claimLog = new StringWriter();
        var claims = ClaimScorer.Score(lines, claimLog);
        var log = new StringBuilder();
        var byType = new Dictionary<string, TypeCounts>(StringComparer.Ordinal);
        void Count(string type, int gold, int pred, int overlap, int exact)
        {
            var c = byType.TryGetValue(type, out var old) ? old : new TypeCounts(0, 0, 0, 0);
            byType[type] = new TypeCounts(c.Gold + gold, c.Predicted + pred, c.Overlap + overlap, c.Exact + exact);
        }
        int eGold = 0, ePred = 0, eExact = 0, eOverlap = 0, eCanon = 0, eAlias = 0, dGold = 0, dPred = 0, dOverlap = 0, dValue = 0;
        foreach (var line in lines.Where(static l => !string.IsNullOrWhiteSpace(l)))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var text = root.GetProperty("text").GetString()!;
            var date = DateOnly.ParseExact(root.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var gold = root.GetProperty("entities").EnumerateArray().Select(static e => new GoldEntity(
                e.GetProperty("type").GetString()!, e.GetProperty("text").GetString()!, e.GetProperty("start").GetInt32(),
                e.GetProperty("end").GetInt32(), e.GetProperty("canonical").GetString()!,
                e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)).ToList();
            var predicted = NewsPipeline.Default.Extract(text, new ExtractOptions { ReferenceDate = date }).Entities;

            var goldNames = gold.Where(static g => g.Type != "Date").ToList();
            var predNames = predicted.Where(static p => p.Type != EntityType.Date).ToList();
            eGold += goldNames.Count;
            ePred += predNames.Count;
            eExact += goldNames.Count(g => predNames.Any(p => p.Start == g.Start && p.End == g.End && p.Type.ToString() == g.Type));
            var typed = Pair(goldNames, predNames, static (g, p) => g.Type == p.Type.ToString());
            eOverlap += typed.Count;
            foreach (var g in goldNames) Count(g.Type, 1, 0, 0, predNames.Any(p => p.Start == g.Start && p.End == g.End && p.Type.ToString() == g.Type) ? 1 : 0);
            foreach (var p in predNames) Count(p.Type.ToString(), 0, 1, 0, 0);
            foreach (var (g, _) in typed) Count(g.Type, 0, 0, 1, 0);
            foreach (var (g, p) in typed)
            {
                if (g.Start != p.Start || g.End != p.End)
                    log.AppendLine(CultureInfo.InvariantCulture, $"{id}: ENTITY SPAN {g.Type} gold '{g.Text}' got '{p.Text}'");
                if (string.Equals(g.Canonical, p.Canonical, StringComparison.OrdinalIgnoreCase))
                {
                    eCanon++;
                    eAlias++;
                    continue;
                }
                if (g.Type == "Agency" && goldNames.Any(o => o.Canonical == g.Canonical && string.Equals(o.Text, p.Canonical, StringComparison.OrdinalIgnoreCase)))
                {
                    eAlias++;
                    log.AppendLine(CultureInfo.InvariantCulture, $"{id}: CANONICAL (agency alias) '{g.Text}' gold '{g.Canonical}' got '{p.Canonical}'");
                }
                else log.AppendLine(CultureInfo.InvariantCulture, $"{id}: CANONICAL {g.Type} '{g.Text}' gold '{g.Canonical}' got '{p.Canonical}'");
            }
            // Misses and false alarms, with the type the other side gave where the spans overlap.
            var any = Pair(goldNames, predNames, static (_, _) => true);
            foreach (var g in goldNames.Where(g => !typed.Any(t => t.Gold == g)))
            {
                var other = any.FirstOrDefault(a => a.Gold == g).Predicted;
                log.AppendLine(other is null
                    ? $"{id}: ENTITY MISSED {g.Type} '{g.Text}'"
                    : $"{id}: ENTITY TYPE gold {g.Type} '{g.Text}' got {other.Type} '{other.Text}'");
            }
            foreach (var p in predNames.Where(p => !typed.Any(t => t.Predicted == p) && !any.Any(a => a.Predicted == p)))
                log.AppendLine(CultureInfo.InvariantCulture, $"{id}: ENTITY EXTRA {p.Type} '{p.Text}' ({p.Canonical})");

            var goldDates = gold.Where(static g => g.Type == "Date").ToList();
            var predDates = predicted.Where(static p => p.Type == EntityType.Date).ToList();
            dGold += goldDates.Count;
            dPred += predDates.Count;
            var dates = Pair(goldDates, predDates, static (_, _) => true);
            dOverlap += dates.Count;
            foreach (var (g, p) in dates)
            {
                if (g.Value == p.Value) dValue++;
                else log.AppendLine(CultureInfo.InvariantCulture, $"{id}: DATE VALUE '{g.Text}' gold {g.Value ?? "null"} got '{p.Text}' {p.Value ?? "null"}");
            }
            foreach (var g in goldDates.Where(g => !dates.Any(d => d.Gold == g)))
                log.AppendLine(CultureInfo.InvariantCulture, $"{id}: DATE MISSED '{g.Text}' {g.Value}");
            foreach (var p in predDates.Where(p => !dates.Any(d => d.Predicted == p)))
                log.AppendLine(CultureInfo.InvariantCulture, $"{id}: DATE EXTRA '{p.Text}' {p.Value ?? "null"}");
        }
        var report = new StringWriter();
        claims.Print(report);
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"entities gold {eGold}, predicted {ePred}, typed exact {eExact}, typed overlap {eOverlap}, canonical right {eCanon} (agency aliases allowed {eAlias})"));
        foreach (var (type, c) in byType.OrderBy(static b => b.Key, StringComparer.Ordinal))
            report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {type,-9} gold {c.Gold,3} predicted {c.Predicted,3} overlap {c.Overlap,3} (F1 {c.OverlapF1:0.000}) exact {c.Exact,3} (F1 {c.ExactF1:0.000})"));
        report.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dates gold {dGold}, predicted {dPred}, overlap {dOverlap}, ISO value right {dValue}"));
        report.WriteLine(claimLog.ToString());
        report.Write(log.ToString());
        return new HeldOutFigures(claims, eGold, ePred, eExact, eOverlap, eCanon, eAlias, dGold, dPred, dOverlap, dValue, report.ToString()) { ByType = byType };
    }

    private static List<(GoldEntity Gold, Entity Predicted)> Pair(List<GoldEntity> gold, List<Entity> predicted, Func<GoldEntity, Entity, bool> compatible)
    {
        var candidates = new List<(int Overlap, int G, int P)>();
        for (var g = 0; g < gold.Count; g++)
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = Math.Min(gold[g].End, predicted[p].End) - Math.Max(gold[g].Start, predicted[p].Start);
                if (overlap > 0 && compatible(gold[g], predicted[p])) candidates.Add((overlap, g, p));
            }
        candidates.Sort(static (a, b) => b.Overlap.CompareTo(a.Overlap));
        var usedG = new bool[gold.Count];
        var usedP = new bool[predicted.Count];
        var pairs = new List<(GoldEntity, Entity)>();
        foreach (var (_, g, p) in candidates)
        {
            if (usedG[g] || usedP[p]) continue;
            usedG[g] = usedP[p] = true;
            pairs.Add((gold[g], predicted[p]));
        }
        return pairs;
    }
}
