using NewsNlp.Claims;

namespace NewsNlp.Comparison;

/// <summary>One claim inside a <see cref="ClaimGroup"/>, with the document it comes from.</summary>
/// <param name="DocumentId">The <see cref="ComparedDocument.Id"/> of its document.</param>
/// <param name="DocumentIndex">The position of its document in the list given to <see cref="ClaimComparer.Compare"/>.</param>
/// <param name="Date">The date of its document, or null.</param>
/// <param name="Claim">The claim as extracted (text, value, bound, interval, source...).</param>
public sealed record ComparedClaim(string DocumentId, int DocumentIndex, DateOnly? Date, Claim Claim);
