using System.Globalization;

namespace NewsNlp.Cli.Evaluation;

/// <summary>A syntactic word of a CoNLL-U sentence, with the token (surface form) it belongs to.</summary>
internal sealed record ConlluToken(string Form, IReadOnlyList<string> Words)
{
    /// <summary>True for a multiword token (a range line such as <c>6-7 menyetujuinya</c>).</summary>
    public bool IsMultiword => Words.Count > 1 || (Words.Count == 1 && Words[0] != Form);
}

/// <summary>A CoNLL-U sentence: its <c># text</c> and its tokens.</summary>
internal sealed record ConlluSentence(string Text, IReadOnlyList<ConlluToken> Tokens);

/// <summary>Reads the sentences of a CoNLL-U file (tokens, multiword tokens and the <c># text</c> comment).</summary>
internal static class ConlluReader
{
    public static IReadOnlyList<ConlluSentence> Read(TextReader reader)
    {
        var sentences = new List<ConlluSentence>();
        string? text = null;
        var tokens = new List<ConlluToken>();
        var mwtEnd = 0;
        List<string>? mwtWords = null;
        string? mwtForm = null;

        void Finish()
        {
            if (tokens.Count > 0)
                sentences.Add(new ConlluSentence(text ?? string.Join(' ', tokens.Select(t => t.Form)), tokens.ToArray()));
            tokens.Clear();
            text = null;
            mwtEnd = 0;
        }

        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) { Finish(); continue; }
            if (line[0] == '#')
            {
                if (line.StartsWith("# text =", StringComparison.Ordinal))
                    text = line["# text =".Length..].Trim();
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 2) continue;
            var id = cols[0];
            if (id.Contains('.')) continue; // empty node
            var dash = id.IndexOf('-');
            if (dash > 0)
            {
                mwtEnd = int.Parse(id[(dash + 1)..], CultureInfo.InvariantCulture);
                mwtForm = cols[1];
                mwtWords = [];
                continue;
            }
            var index = int.Parse(id, CultureInfo.InvariantCulture);
            if (mwtWords is not null && index <= mwtEnd)
            {
                mwtWords.Add(cols[1]);
                if (index == mwtEnd)
                {
                    tokens.Add(new ConlluToken(mwtForm!, mwtWords));
                    mwtWords = null;
                }
                continue;
            }
            tokens.Add(new ConlluToken(cols[1], [cols[1]]));
        }
        Finish();
        return sentences;
    }

    public static IReadOnlyList<ConlluSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }
}
