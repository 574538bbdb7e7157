using NewsNlp.Claims;
using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp;

/// <summary>What one extraction found in one text.</summary>
/// <param name="Document">The tokenized text.</param>
/// <param name="ReferenceDate">The date relative expressions were resolved against (passed, or the dateline), or null.</param>
/// <param name="Entities">Entities, dates included, ordered by start offset.</param>
/// <param name="Claims">Quantitative claims, ordered by start offset.</param>
public sealed record ExtractionResult(
    Document Document,
    DateOnly? ReferenceDate,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Claim> Claims);
