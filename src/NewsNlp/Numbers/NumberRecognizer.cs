using NewsNlp.Tokenization;

namespace NewsNlp.Numbers;

/// <summary>
/// Finds number expressions in a document: Indonesian digits (<c>10.000</c>, <c>1,5</c>) and English
/// ones where the context is English (<c>US$1.5 million</c>), multipliers (<c>1,5 juta</c>, <c>3ribu</c>),
/// number words (<c>seratus dua puluh lima</c>, <c>satu setengah juta</c>), approximate plurals
/// (<c>puluhan ribu</c>), ordinals (<c>ke-3</c>, <c>ketiga</c>), ranges (<c>10-15</c>, <c>antara 10 dan 15</c>),
/// and the currency or measure unit attached to them, normalized (<c>Rp1,5 triliun</c> → 1.5e12 IDR).
/// </summary>
/// <remarks>
/// Years (<c>tahun 2025</c>), clock times (<c>14.30 WIB</c>), dates (<c>31/12/2024</c>, the <c>17</c> of
/// <c>17 Desember</c>) and ordinals are reported with their own <see cref="NumberKind"/> so that claim
/// extraction can skip them (<see cref="NumberMatchExtensions.IsQuantity"/>). A range's span starts at its
/// first number: the <c>antara</c> of <c>antara 10 dan 15</c> is left to the caller, as are bound words.
/// Digits glued to letters before them (<c>GA-181</c>, <c>G20</c>) or after them (<c>5G</c>) are codes and are
/// not reported. Tokens are read by their text, so a currency glued to the number (<c>Rp1,5</c>) reads the
/// same whether it is one token or two.
/// </remarks>
public static class NumberRecognizer
{
    /// <summary>All number expressions of the tokens <c>[firstToken, endToken)</c>, in order, not overlapping.</summary>
    public static IReadOnlyList<NumberMatch> Find(Document document, int firstToken, int endToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        firstToken = Math.Clamp(firstToken, 0, document.Tokens.Count);
        endToken = Math.Clamp(endToken, firstToken, document.Tokens.Count);
        return Find(new PieceText(document.Text, PieceReader.Read(document, firstToken, endToken)));
    }

    /// <summary>The numbers of a sentence's pieces (shared with the other stages of one Extract).</summary>
    internal static IReadOnlyList<NumberMatch> Find(PieceText text)
    {
        var pieces = text.Pieces;
        var scanned = text.Quantities;
        var found = new List<NumberMatch>(scanned.Count);
        foreach (var q in scanned)
        {
            var first = pieces[q.First];
            var last = pieces[q.End - 1];
            found.Add(new NumberMatch(first.Token, last.Token + 1, first.Start, last.End, q.Value, q.Low, q.High, q.Kind, q.Unit));
        }
        return found;
    }

    /// <summary>All number expressions of a document.</summary>
    public static IReadOnlyList<NumberMatch> Find(Document document) => Find(document, 0, document.Tokens.Count);
}
