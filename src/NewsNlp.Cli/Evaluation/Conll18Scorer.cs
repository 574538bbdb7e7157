using System.Globalization;
using System.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Cli.Evaluation;

/// <summary>Precision, recall and F1 of one measure.</summary>
internal readonly record struct Score(int Gold, int System, int Correct)
{
    public double Precision => System == 0 ? 0 : (double)Correct / System;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Gold + System == 0 ? 0 : 2.0 * Correct / (Gold + System);
}

/// <summary>The token, word and sentence scores of a segmentation.</summary>
internal sealed record SegmentationScores(Score Tokens, Score Words, Score Sentences);

/// <summary>
/// Scores a segmentation the way the CoNLL 2018 shared task evaluation script (conll18_ud_eval.py) does:
/// spans are offsets into the text with all white space removed; tokens and sentences count when both
/// ends match; words are aligned by span, and inside multiword tokens by the longest common subsequence
/// of their lower-cased forms.
/// </summary>
internal static class Conll18Scorer
{
    private readonly record struct Span(int Start, int End);

    private sealed record Word(Span Span, string Form, bool IsMultiword);

    private sealed class Segmentation
    {
        public StringBuilder Characters { get; } = new();
        public List<Span> Tokens { get; } = [];
        public List<Word> Words { get; } = [];
        public List<Span> Sentences { get; } = [];
    }

    /// <summary>Scores <paramref name="document"/> against the gold sentences it was made from.</summary>
    public static SegmentationScores Score(IReadOnlyList<ConlluSentence> gold, Document document)
    {
        var g = FromGold(gold);
        var s = FromDocument(document);
        if (!g.Characters.Equals(s.Characters))
            throw new InvalidOperationException("The gold and system texts differ (apart from white space): " + FirstDifference(g.Characters, s.Characters));
        return new SegmentationScores(SpansScore(g.Tokens, s.Tokens), WordsScore(g.Words, s.Words), SpansScore(g.Sentences, s.Sentences));
    }

    private static string FirstDifference(StringBuilder a, StringBuilder b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i]) i++;
        string Around(StringBuilder x) => x.ToString(Math.Max(0, i - 20), Math.Min(x.Length, i + 20) - Math.Max(0, i - 20));
        return string.Create(CultureInfo.InvariantCulture, $"at char {i}: gold '{Around(a)}', system '{Around(b)}'");
    }

    private static string RemoveSpaces(string form)
    {
        var sb = new StringBuilder(form.Length);
        foreach (var c in form)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.SpaceSeparator) sb.Append(c);
        return sb.ToString();
    }

    private static Segmentation FromGold(IReadOnlyList<ConlluSentence> sentences)
    {
        var seg = new Segmentation();
        foreach (var sentence in sentences)
        {
            var sentenceStart = seg.Characters.Length;
            foreach (var token in sentence.Tokens)
            {
                var form = RemoveSpaces(token.Form);
                var span = new Span(seg.Characters.Length, seg.Characters.Length + form.Length);
                seg.Characters.Append(form);
                seg.Tokens.Add(span);
                if (token.IsMultiword)
                    foreach (var word in token.Words) seg.Words.Add(new Word(span, word, true));
                else
                    seg.Words.Add(new Word(span, form, false));
            }
            seg.Sentences.Add(new Span(sentenceStart, seg.Characters.Length));
        }
        return seg;
    }

    private static Segmentation FromDocument(Document document)
    {
        var seg = new Segmentation();
        foreach (var sentence in document.Sentences)
        {
            var sentenceStart = seg.Characters.Length;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = document.Tokens[i];
                var form = RemoveSpaces(document.GetText(token));
                if (form.Length == 0) continue;
                var span = new Span(seg.Characters.Length, seg.Characters.Length + form.Length);
                seg.Characters.Append(form);
                seg.Tokens.Add(span);
                if (token.IsMultiword)
                    foreach (var word in token.Words) seg.Words.Add(new Word(span, document.GetText(word), true));
                else
                    seg.Words.Add(new Word(span, form, false));
            }
            if (seg.Characters.Length > sentenceStart)
                seg.Sentences.Add(new Span(sentenceStart, seg.Characters.Length));
        }
        return seg;
    }

    private static Score SpansScore(List<Span> gold, List<Span> system)
    {
        int correct = 0, gi = 0, si = 0;
        while (gi < gold.Count && si < system.Count)
        {
            if (system[si].Start < gold[gi].Start) si++;
            else if (gold[gi].Start < system[si].Start) gi++;
            else
            {
                if (gold[gi].End == system[si].End) correct++;
                gi++;
                si++;
            }
        }
        return new Score(gold.Count, system.Count, correct);
    }

    private static Score WordsScore(List<Word> gold, List<Word> system)
    {
        int matched = 0, gi = 0, si = 0;
        while (gi < gold.Count && si < system.Count)
        {
            if (gold[gi].IsMultiword || system[si].IsMultiword)
            {
                var (gs, ss) = FindMultiwordSpan(gold, system, ref gi, ref si);
                if (si > ss && gi > gs)
                {
                    var lcs = ComputeLcs(gold, system, gi, si, gs, ss);
                    int g = 0, s = 0;
                    while (g < gi - gs && s < si - ss)
                    {
                        if (SameForm(gold[gs + g], system[ss + s])) { matched++; g++; s++; }
                        else if (lcs[g, s] == (g + 1 < gi - gs ? lcs[g + 1, s] : 0)) g++;
                        else s++;
                    }
                }
            }
            else if (gold[gi].Span == system[si].Span) { matched++; gi++; si++; }
            else if (gold[gi].Span.Start <= system[si].Span.Start) gi++;
            else si++;
        }
        return new Score(gold.Count, system.Count, matched);
    }

    private static bool SameForm(Word a, Word b) => string.Equals(a.Form.ToLowerInvariant(), b.Form.ToLowerInvariant(), StringComparison.Ordinal);

    private static (int Gs, int Ss) FindMultiwordSpan(List<Word> gold, List<Word> system, ref int gi, ref int si)
    {
        int end;
        if (gold[gi].IsMultiword)
        {
            end = gold[gi].Span.End;
            if (!system[si].IsMultiword && system[si].Span.Start < gold[gi].Span.Start) si++;
        }
        else
        {
            end = system[si].Span.End;
            if (!gold[gi].IsMultiword && gold[gi].Span.Start < system[si].Span.Start) gi++;
        }
        int gs = gi, ss = si;
        while (!BeyondEnd(gold, gi, end) || !BeyondEnd(system, si, end))
        {
            if (gi < gold.Count && (si >= system.Count || gold[gi].Span.Start <= system[si].Span.Start))
            {
                end = ExtendEnd(gold[gi], end);
                gi++;
            }
            else
            {
                end = ExtendEnd(system[si], end);
                si++;
            }
        }
        return (gs, ss);
    }

    private static bool BeyondEnd(List<Word> words, int i, int end) =>
        i >= words.Count || (words[i].IsMultiword ? words[i].Span.Start >= end : words[i].Span.End > end);

    private static int ExtendEnd(Word word, int end) => word.IsMultiword && word.Span.End > end ? word.Span.End : end;

    private static int[,] ComputeLcs(List<Word> gold, List<Word> system, int gi, int si, int gs, int ss)
    {
        int gn = gi - gs, sn = si - ss;
        var lcs = new int[gn, sn];
        for (var g = gn - 1; g >= 0; g--)
        {
            for (var s = sn - 1; s >= 0; s--)
            {
                if (SameForm(gold[gs + g], system[ss + s]))
                    lcs[g, s] = 1 + (g + 1 < gn && s + 1 < sn ? lcs[g + 1, s + 1] : 0);
                lcs[g, s] = Math.Max(lcs[g, s], g + 1 < gn ? lcs[g + 1, s] : 0);
                lcs[g, s] = Math.Max(lcs[g, s], s + 1 < sn ? lcs[g, s + 1] : 0);
            }
        }
        return lcs;
    }
}
