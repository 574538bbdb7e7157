using System.Text;
using NewsNlp.Entities.Statistical;
using NewsNlp.Tokenization;

namespace NewsNlp.Cli.Training;

/// <summary>A sentence of a CoNLL NER file: its tokens and their BIO tags (repaired).</summary>
/// <param name="Tokens">The tokens, first column.</param>
/// <param name="Tags">The BIO tags, last column: <c>O</c>, <c>B-PER</c>, <c>I-PER</c>, ...</param>
internal sealed record ConllSentence(string[] Tokens, string[] Tags)
{
    /// <summary>The tokens joined by single spaces, and each token's range in that text.</summary>
    public (string Text, TextRange[] Ranges) Joined()
    {
        var text = new StringBuilder();
        var ranges = new TextRange[Tokens.Length];
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (i > 0)
                text.Append(' ');
            ranges[i] = new TextRange(text.Length, text.Length + Tokens[i].Length);
            text.Append(Tokens[i]);
        }
        return (text.ToString(), ranges);
    }

    /// <summary>The gold spans.</summary>
    public IReadOnlyList<LabeledSpan> Spans() => ConllNer.SpansOf(Tags);

    /// <summary>The sentence as training input for a tag set.</summary>
    public TrainingSentence ToTraining(NerTagSet tagSet)
    {
        var (text, ranges) = Joined();
        var spans = Spans().Select(s =>
        {
            var label = tagSet.LabelIndex(s.Label);
            return label >= 0 ? (s.Start, s.End, label) : throw new InvalidDataException($"Label '{s.Label}' is not in the tag set ({string.Join(", ", tagSet.Labels)}).");
        });
        return new TrainingSentence(text, ranges, tagSet.Encode(Tokens.Length, spans));
    }
}

/// <summary>A labelled span of tokens <c>[Start, End)</c>.</summary>
internal readonly record struct LabeledSpan(int Start, int End, string Label);

/// <summary>Reads CoNLL NER files: one <c>token [columns...] TAG</c> line per token, a blank line between sentences.</summary>
internal static class ConllNer
{
    /// <summary>The sentences of a file; an <c>I-X</c> that does not continue an X span becomes <c>B-X</c>.</summary>
    public static List<ConllSentence> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>The sentences of a reader (see <see cref="Read(string)"/>).</summary>
    public static List<ConllSentence> Read(TextReader reader)
    {
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        while (true)
        {
            var line = reader.ReadLine();
            lineNumber++;
            var trimmed = line?.Trim();
            if (string.IsNullOrEmpty(trimmed) || trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (tokens.Count > 0)
                {
                    sentences.Add(new ConllSentence([.. tokens], Repair(tags)));
                    tokens.Clear();
                    tags.Clear();
                }
                if (line is null)
                    break;
                continue;
            }
            var columns = trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 2)
                throw new InvalidDataException($"Line {lineNumber}: expected 'token ... TAG', got '{trimmed}'.");
            tokens.Add(columns[0]);
            tags.Add(columns[^1]);
        }
        return sentences;
    }

    /// <summary>Tags with every I-X that does not follow B-X or I-X turned into B-X.</summary>
    public static string[] Repair(IReadOnlyList<string> tags)
    {
        var result = new string[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag.StartsWith("I-", StringComparison.Ordinal))
            {
                var previous = i > 0 ? result[i - 1] : "O";
                if (previous == "O" || previous[2..] != tag[2..])
                    tag = "B-" + tag[2..];
            }
            else if (!tag.StartsWith("B-", StringComparison.Ordinal))
            {
                tag = "O";
            }
            result[i] = tag;
        }
        return result;
    }

    /// <summary>The spans of repaired BIO tags.</summary>
    public static IReadOnlyList<LabeledSpan> SpansOf(IReadOnlyList<string> tags)
    {
        var spans = new List<LabeledSpan>();
        var start = -1;
        string? label = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            if (label is not null && tag.StartsWith("I-", StringComparison.Ordinal) && tag[2..] == label)
                continue;
            if (label is not null)
                spans.Add(new LabeledSpan(start, i, label));
            label = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            start = i;
        }
        return spans;
    }

    /// <summary>The entity labels of some sentences, sorted.</summary>
    public static string[] Labels(IEnumerable<ConllSentence> sentences) =>
        [.. sentences.SelectMany(s => s.Tags).Where(t => t != "O").Select(t => t[2..]).Distinct().Order(StringComparer.Ordinal)];
}
