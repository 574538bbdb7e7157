using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Statistical;

/// <summary>A name span the statistical tagger found: tokens <c>[FirstToken, EndToken)</c> with a PER, ORG or LOC label.</summary>
internal readonly record struct NameSpan(int FirstToken, int EndToken, string Label);

/// <summary>The statistical sequence tagger (embedded model) for names the gazetteer does not know.</summary>
/// <remarks>PROVISIONAL: finds nothing until the trained model lands.</remarks>
internal static class StatisticalNer
{
    /// <summary>PER/ORG/LOC spans over the document's tokens, in order, not overlapping.</summary>
    public static IReadOnlyList<NameSpan> Tag(Document document) => [];
}
