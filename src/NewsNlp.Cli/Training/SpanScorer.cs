using System.Globalization;
using System.Text;

namespace NewsNlp.Cli.Training;

/// <summary>Exact-span precision, recall and F1, per label and overall (a span counts only with the same start, end and label).</summary>
internal sealed class SpanScorer
{
    private readonly SortedDictionary<string, Counts> _byLabel = new(StringComparer.Ordinal);

    /// <summary>Adds one sentence: its gold spans and the predicted ones.</summary>
    /// <returns>True when they agree.</returns>
    public bool Add(IEnumerable<LabeledSpan> gold, IEnumerable<LabeledSpan> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        foreach (var span in predictedSet)
        {
            var c = For(span.Label);
            if (goldSet.Contains(span)) c.TruePositives++;
            else c.FalsePositives++;
        }
        foreach (var span in goldSet)
            if (!predictedSet.Contains(span))
                For(span.Label).FalseNegatives++;
        return goldSet.SetEquals(predictedSet);
    }

    /// <summary>Counts of one label.</summary>
    public Counts this[string label] => _byLabel.TryGetValue(label, out var c) ? c : new Counts();

    /// <summary>The labels seen, sorted.</summary>
    public IEnumerable<string> Labels => _byLabel.Keys;

    /// <summary>Counts summed over all labels.</summary>
    public Counts Overall => new()
    {
        TruePositives = _byLabel.Values.Sum(c => c.TruePositives),
        FalsePositives = _byLabel.Values.Sum(c => c.FalsePositives),
        FalseNegatives = _byLabel.Values.Sum(c => c.FalseNegatives),
    };

    /// <summary>A plain-text table: one row per label, then overall.</summary>
    public string Report()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"type",-8} {"gold",6} {"pred",6} {"tp",6} {"P",7} {"R",7} {"F1",7}");
        foreach (var label in Labels)
            Row(sb, label, _byLabel[label]);
        Row(sb, "overall", Overall);
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, Counts c) =>
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"{name,-8} {c.Gold,6} {c.Predicted,6} {c.TruePositives,6} {c.Precision,7:F4} {c.Recall,7:F4} {c.F1,7:F4}");

    private Counts For(string label)
    {
        if (!_byLabel.TryGetValue(label, out var c))
            _byLabel[label] = c = new Counts();
        return c;
    }

    /// <summary>True positives, false positives and false negatives of one label.</summary>
    internal sealed class Counts
    {
        /// <summary>Predicted spans that are in the gold.</summary>
        public int TruePositives { get; set; }
        /// <summary>Predicted spans that are not.</summary>
        public int FalsePositives { get; set; }
        /// <summary>Gold spans not predicted.</summary>
        public int FalseNegatives { get; set; }
        /// <summary>Gold spans.</summary>
        public int Gold => TruePositives + FalseNegatives;
        /// <summary>Predicted spans.</summary>
        public int Predicted => TruePositives + FalsePositives;
        /// <summary>TP / predicted (0 when nothing was predicted).</summary>
        public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;
        /// <summary>TP / gold (0 when there is no gold).</summary>
        public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;
        /// <summary>Harmonic mean of precision and recall.</summary>
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }
}
