using System.Text.Json;
using NewsNlp.Claims;
using NewsNlp.Json;

namespace NewsNlp.Comparison;

/// <summary>
/// Writes claim groups as the JSON of <c>newsnlp compare</c>, one object per group:
/// <c>{"subject", "unit", "predicate", "consistent", "claims": [{"id", "text", "value", "bound", "low", "high", "source", "date"}]}</c>.
/// Uses <see cref="Utf8JsonWriter"/>: no reflection, safe for trimming and native AOT.
/// </summary>
public static class ComparisonJson
{
    /// <summary>Writes one group object.</summary>
    public static void WriteGroup(Utf8JsonWriter writer, ClaimGroup group)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(group);
        writer.WriteStartObject();
        writer.WriteString("subject", group.Subject);
        writer.WriteString("unit", group.Unit);
        writer.WriteString("predicate", group.Predicate);
        writer.WriteBoolean("consistent", group.Consistent);
        writer.WriteStartArray("claims");
        foreach (var claim in group.Claims)
            WriteClaim(writer, claim);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one claim of a group: its document id and date with the claim's text, value, bound, interval and source.</summary>
    public static void WriteClaim(Utf8JsonWriter writer, ComparedClaim claim)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(claim);
        var c = claim.Claim;
        writer.WriteStartObject();
        writer.WriteString("id", claim.DocumentId);
        writer.WriteString("text", c.Text);
        WriteNumber(writer, "value", c.Value);
        writer.WriteString("bound", c.Bound.ToSpecName());
        WriteNumber(writer, "low", c.Low);
        WriteNumber(writer, "high", c.High);
        writer.WriteStartArray("source");
        foreach (var source in c.Source ?? [])
            writer.WriteStringValue(source);
        writer.WriteEndArray();
        SpecJson.WriteDate(writer, "date", claim.Date);
        writer.WriteEndObject();
    }

    /// <summary>A number, or null when missing or not finite (JSON has no NaN or infinity).</summary>
    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
            writer.WriteNumber(name, v);
        else
            writer.WriteNull(name);
    }
}
