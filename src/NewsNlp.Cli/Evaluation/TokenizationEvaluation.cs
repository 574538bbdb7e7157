using NewsNlp.Tokenization;

namespace NewsNlp.Cli.Evaluation;

/// <summary>
/// Tokenization evaluation on a CoNLL-U file: the raw text is every sentence's <c># text</c> joined by
/// single spaces, which is tokenized and split, then scored with <see cref="Conll18Scorer"/>.
/// </summary>
internal static class TokenizationEvaluation
{
    /// <summary>The raw text a CoNLL-U file stands for.</summary>
    public static string RawText(IReadOnlyList<ConlluSentence> sentences) => string.Join(' ', sentences.Select(s => s.Text));

    public static SegmentationScores Evaluate(IReadOnlyList<ConlluSentence> sentences) =>
        Conll18Scorer.Score(sentences, Document.Parse(RawText(sentences)));

    public static SegmentationScores Evaluate(string conlluPath) => Evaluate(ConlluReader.Read(conlluPath));
}
