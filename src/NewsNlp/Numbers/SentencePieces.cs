using NewsNlp.Tokenization;

namespace NewsNlp.Numbers;

/// <summary>
/// The pieces (and, through <see cref="PieceText.Quantities"/>, the numbers) of each sentence of one document,
/// read once on first use and shared by the stages of one <c>Extract</c> call (dateline, dates, claims).
/// Not thread-safe: one call's own cache.
/// </summary>
internal sealed class SentencePieces(Document document)
{
    private readonly PieceText?[] _sentences = new PieceText?[document.Sentences.Count];

    /// <summary>The document.</summary>
    public Document Document { get; } = document;

    /// <summary>The pieces of sentence <paramref name="index"/>.</summary>
    public PieceText Of(int index)
    {
        if (_sentences[index] is { } known)
            return known;
        var sentence = Document.Sentences[index];
        return _sentences[index] = new PieceText(Document.Text, PieceReader.Read(Document, sentence.FirstToken, sentence.EndToken));
    }
}
