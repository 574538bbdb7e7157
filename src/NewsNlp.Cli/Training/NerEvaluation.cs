using NewsNlp.Entities;
using NewsNlp.Entities.Statistical;
using NewsNlp.Tokenization;

namespace NewsNlp.Cli.Training;

/// <summary>Scores taggers against CoNLL sentences (exact spans).</summary>
internal static class NerEvaluation
{
    /// <summary>The statistical tagger alone, run on the gold tokens.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="sentences">Gold sentences.</param>
    /// <param name="errors">Where to write the sentences it gets wrong, if anywhere.</param>
    public static SpanScorer Statistical(SequenceTagger tagger, IEnumerable<ConllSentence> sentences, TextWriter? errors = null)
    {
        var scorer = new SpanScorer();
        var found = new List<NameSpan>();
        foreach (var sentence in sentences)
        {
            var (text, ranges) = sentence.Joined();
            found.Clear();
            tagger.Tag(text, ranges, 0, found);
            var predicted = found.Select(s => new LabeledSpan(s.FirstToken, s.EndToken, s.Label)).ToList();
            if (!scorer.Add(sentence.Spans(), predicted))
                errors?.WriteLine(Describe(sentence, predicted));
        }
        return scorer;
    }

    /// <summary>
    /// The statistical tagger alone on the library's own tokens and sentences of each sentence's
    /// tokens joined by single spaces, its char spans mapped back to the gold tokens.
    /// </summary>
    /// <param name="tagger">The tagger.</param>
    /// <param name="sentences">Gold sentences.</param>
    /// <param name="errors">Where to write the sentences it gets wrong, if anywhere.</param>
    public static SpanScorer StatisticalOnLibraryTokens(SequenceTagger tagger, IEnumerable<ConllSentence> sentences, TextWriter? errors = null)
    {
        var scorer = new SpanScorer();
        foreach (var sentence in sentences)
        {
            var (text, ranges) = sentence.Joined();
            var document = Document.Parse(text);
            var predicted = tagger.Tag(document)
                .Select(s => ToTokens(text, ranges, document.Tokens[s.FirstToken].Start, document.Tokens[s.EndToken - 1].End, s.Label))
                .ToList();
            if (!scorer.Add(sentence.Spans(), predicted))
                errors?.WriteLine(Describe(sentence, predicted));
        }
        return scorer;
    }

    /// <summary>
    /// The library's whole entity tagger on each sentence's tokens joined by single spaces, its types
    /// mapped to PER/ORG/LOC (dates ignored) and its char spans mapped back to the gold tokens.
    /// </summary>
    /// <param name="sentences">Gold sentences.</param>
    /// <param name="errors">Where to write the sentences it gets wrong, if anywhere.</param>
    public static SpanScorer Pipeline(IEnumerable<ConllSentence> sentences, TextWriter? errors = null)
    {
        var scorer = new SpanScorer();
        foreach (var sentence in sentences)
        {
            var (text, ranges) = sentence.Joined();
            var predicted = new List<LabeledSpan>();
            foreach (var entity in EntityTagger.Find(Document.Parse(text)))
            {
                if (MapType(entity.Type) is not { } label)
                    continue;
                predicted.Add(ToTokens(text, ranges, entity.Start, entity.End, label));
            }
            if (!scorer.Add(sentence.Spans(), predicted))
                errors?.WriteLine(Describe(sentence, predicted));
        }
        return scorer;
    }

    /// <summary>The sentence with gold spans in [brackets] and the predicted ones listed after it.</summary>
    public static string Describe(ConllSentence sentence, IEnumerable<LabeledSpan> predicted)
    {
        string Show(IEnumerable<LabeledSpan> spans) => string.Join("; ", spans.Select(s =>
            s.Start >= 0 ? $"{s.Label} {string.Join(' ', sentence.Tokens[s.Start..s.End])}" : $"{s.Label} (not on token edges)"));
        var gold = sentence.Spans();
        var missed = gold.Except(predicted).ToList();
        var wrong = predicted.Except(gold).ToList();
        return $"{string.Join(' ', sentence.Tokens)}\n  missed: {Show(missed)}\n  wrong:  {Show(wrong)}";
    }

    /// <summary>PER for leaders and people, LOC for states and places, ORG for agencies, null for dates.</summary>
    public static string? MapType(EntityType type) => type switch
    {
        EntityType.Leader or EntityType.Person => "PER",
        EntityType.State or EntityType.Location => "LOC",
        EntityType.Agency => "ORG",
        _ => null,
    };

    /// <summary>
    /// The gold tokens a char span covers when it starts at a token's start and ends at a token's end,
    /// punctuation at a token's edge aside (a gold token <c>(BEI)</c> is found as <c>BEI</c>);
    /// otherwise a span no gold span can equal (it counts as a false positive).
    /// </summary>
    public static LabeledSpan ToTokens(string text, IReadOnlyList<TextRange> tokens, int start, int end, string label)
    {
        int first = -1, last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (first < 0 && token.Start <= start && start < token.End && IsPunctuation(text.AsSpan(token.Start, start - token.Start)))
                first = i;
            if (token.Start < end && end <= token.End && IsPunctuation(text.AsSpan(end, token.End - end)))
                last = i;
        }
        return first >= 0 && last >= first
            ? new LabeledSpan(first, last + 1, label)
            : new LabeledSpan(-1 - start, -1 - end, label);
    }

    private static bool IsPunctuation(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
            if (!char.IsPunctuation(c))
                return false;
        return true;
    }
}
