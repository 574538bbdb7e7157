using System.Buffers;
using NewsNlp.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Statistical;

/// <summary>A name span the statistical tagger found: tokens <c>[FirstToken, EndToken)</c> with a PER, ORG or LOC label.</summary>
internal readonly record struct NameSpan(int FirstToken, int EndToken, string Label);

/// <summary>
/// The statistical sequence tagger (averaged perceptron, BIO, Viterbi) for names the gazetteer does not know.
/// Its model is embedded (<c>Data/models/ner.bin</c>) and loaded once, lazily, on first use.
/// </summary>
internal static class StatisticalNer
{
    /// <summary>Where the embedded model lives.</summary>
    public const string ModelPath = "models/ner.bin";

    private static readonly Lazy<SequenceTagger?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The tagger over the embedded model, or null when the library ships without one.</summary>
    public static SequenceTagger? Default => Embedded.Value;

    /// <summary>PER/ORG/LOC spans over the document's tokens, in order, not overlapping.</summary>
    public static IReadOnlyList<NameSpan> Tag(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Default is { } tagger ? tagger.Tag(document) : [];
    }

    private static SequenceTagger? LoadEmbedded()
    {
        if (!LanguageData.Exists(ModelPath))
            return null;
        using var stream = LanguageData.Open(ModelPath);
        var model = NerModel.Read(stream);
        // A model trained with other feature templates would tag at random: better no statistical names at all.
        return model.FeatureVersion == NerFeatures.Version ? new SequenceTagger(model, TitleWords.Default) : null;
    }
}

/// <summary>Tags sentences with one model. Immutable and thread-safe.</summary>
internal sealed class SequenceTagger(NerModel model, TitleWords titles)
{
    /// <summary>The model.</summary>
    public NerModel Model { get; } = model;

    /// <summary>Spans over a document's tokens, sentence by sentence.</summary>
    public IReadOnlyList<NameSpan> Tag(Document document)
    {
        var spans = new List<NameSpan>();
        var ranges = ArrayPool<TextRange>.Shared.Rent(16);
        var scorer = SentenceScorer.Rent(); // one for the document's sentences
        try
        {
            foreach (var sentence in document.Sentences)
            {
                if (ranges.Length < sentence.TokenCount)
                {
                    ArrayPool<TextRange>.Shared.Return(ranges);
                    ranges = ArrayPool<TextRange>.Shared.Rent(sentence.TokenCount);
                }
                for (var i = 0; i < sentence.TokenCount; i++)
                {
                    var token = document.Tokens[sentence.FirstToken + i];
                    ranges[i] = new TextRange(token.Start, token.End);
                }
                Tag(document.Text, ranges.AsSpan(0, sentence.TokenCount), sentence.FirstToken, spans, scorer);
            }
        }
        finally
        {
            ArrayPool<TextRange>.Shared.Return(ranges);
            SentenceScorer.Return(scorer);
        }
        return spans;
    }

    /// <summary>Adds the spans of one sentence (its token ranges in <paramref name="text"/>), numbered from <paramref name="offset"/>.</summary>
    public void Tag(string text, ReadOnlySpan<TextRange> tokens, int offset, List<NameSpan> spans)
    {
        var scorer = SentenceScorer.Rent();
        try
        {
            Tag(text, tokens, offset, spans, scorer);
        }
        finally
        {
            SentenceScorer.Return(scorer);
        }
    }

    private void Tag(string text, ReadOnlySpan<TextRange> tokens, int offset, List<NameSpan> spans, SentenceScorer scorer)
    {
        var n = tokens.Length;
        if (n == 0)
            return;
        var t = Model.TagSet.Count;
        var emissions = ArrayPool<float>.Shared.Rent(n * t);
        var tags = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Score(text, tokens, emissions.AsSpan(0, n * t), scorer);
            Viterbi.Decode(Model.TagSet, emissions.AsSpan(0, n * t), Model.Transitions, tags.AsSpan(0, n));
            Model.TagSet.AddSpans(tags.AsSpan(0, n), offset, spans);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(emissions);
            ArrayPool<int>.Shared.Return(tags);
        }
    }

    /// <summary>The emission scores of a sentence (<c>tokens.Length * T</c>): from <paramref name="scorer"/>'s cache of word rows when it can, else from all the features.</summary>
    private void Score(string text, ReadOnlySpan<TextRange> tokens, Span<float> emissions, SentenceScorer scorer)
    {
        if (SentenceScorer.Handles(Model.Rows, tokens.Length))
            scorer.Score(Model.Rows, titles, text, tokens, emissions);
        else
            ScoreFromFeatures(text, tokens, emissions);
    }

    /// <summary>The emission scores of a sentence from all its features (<see cref="NerFeatures.Extract(string, ReadOnlySpan{TextRange}, Span{uint}, TitleWords)"/>), as training sees them.</summary>
    public void ScoreFromFeatures(string text, ReadOnlySpan<TextRange> tokens, Span<float> emissions)
    {
        var features = ArrayPool<uint>.Shared.Rent(tokens.Length * NerFeatures.PerToken);
        try
        {
            NerFeatures.Extract(text, tokens, features.AsSpan(0, tokens.Length * NerFeatures.PerToken), titles);
            Model.Score(features.AsSpan(0, tokens.Length * NerFeatures.PerToken), emissions);
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(features);
        }
    }
}
