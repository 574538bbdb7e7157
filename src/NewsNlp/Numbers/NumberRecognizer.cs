using System.Globalization;
using NewsNlp.Tokenization;

namespace NewsNlp.Numbers;

/// <summary>Finds number expressions (values, multipliers, number words, ranges, units) in a document.</summary>
/// <remarks>PROVISIONAL: digits with Indonesian separators only; the full parser replaces it.</remarks>
public static class NumberRecognizer
{
    /// <summary>All number expressions of the tokens <c>[firstToken, endToken)</c>, in order, not overlapping.</summary>
    public static IReadOnlyList<NumberMatch> Find(Document document, int firstToken, int endToken)
    {
        var found = new List<NumberMatch>();
        for (var i = firstToken; i < endToken; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind != TokenKind.Number) continue;
            var digits = document.GetText(token).Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
            if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                found.Add(new NumberMatch(i, i + 1, token.Start, token.End, value, value, value, NumberKind.Cardinal, null));
        }
        return found;
    }

    /// <summary>All number expressions of a document.</summary>
    public static IReadOnlyList<NumberMatch> Find(Document document) => Find(document, 0, document.Tokens.Count);
}
