using System.Text.Json;
using NewsNlp.Claims;
using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Json;

/// <summary>
/// Writes results in the JSON of the output contract (SPEC.md), with <see cref="Utf8JsonWriter"/>:
/// no reflection, safe for trimming and native AOT.
/// </summary>
public static class SpecJson
{
    /// <summary>Writes one document object: <c>{"id", "date", "entities": [...], "claims": [...]}</c>.</summary>
    public static void WriteResult(Utf8JsonWriter writer, string? id, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("id", id);
        WriteDate(writer, "date", result.ReferenceDate);
        writer.WriteStartArray("entities");
        foreach (var entity in result.Entities)
            WriteEntity(writer, entity);
        writer.WriteEndArray();
        writer.WriteStartArray("claims");
        foreach (var claim in result.Claims)
            WriteClaim(writer, claim);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one entity object.</summary>
    public static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("type", entity.Type.ToString());
        writer.WriteString("text", entity.Text);
        writer.WriteNumber("start", entity.Start);
        writer.WriteNumber("end", entity.End);
        writer.WriteString("canonical", entity.Canonical);
        if (entity.Type == EntityType.Leader)
            writer.WriteString("role", entity.Role);
        if (entity.Type == EntityType.Date)
            writer.WriteString("value", entity.Value);
        writer.WriteEndObject();
    }

    /// <summary>Writes one claim object with every field of the contract.</summary>
    public static void WriteClaim(Utf8JsonWriter writer, Claim claim)
    {
        writer.WriteStartObject();
        writer.WriteString("text", claim.Text);
        writer.WriteNumber("start", claim.Start);
        writer.WriteNumber("end", claim.End);
        writer.WriteNumber("value", claim.Value);
        writer.WriteString("bound", claim.Bound.ToSpecName());
        WriteNullableNumber(writer, "low", claim.Low);
        WriteNullableNumber(writer, "high", claim.High);
        writer.WriteString("unit", claim.Unit);
        writer.WriteString("predicate", claim.Predicate);
        writer.WriteString("subject", claim.Subject);
        writer.WriteStartArray("source");
        foreach (var source in claim.Source)
            writer.WriteStringValue(source);
        writer.WriteEndArray();
        writer.WriteString("hedge", claim.Hedge);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the tokenization of one document:
    /// <c>{"id", "sentences": [{"start", "end", "tokens": [{"start", "end", "words"?}]}]}</c>,
    /// <c>words</c> only on multiword tokens.
    /// </summary>
    public static void WriteTokens(Utf8JsonWriter writer, string? id, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteStartArray("sentences");
        foreach (var sentence in document.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", sentence.Start);
            writer.WriteNumber("end", sentence.End);
            writer.WriteStartArray("tokens");
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = document.Tokens[i];
                writer.WriteStartObject();
                writer.WriteNumber("start", token.Start);
                writer.WriteNumber("end", token.End);
                if (token.IsMultiword)
                {
                    writer.WriteStartArray("words");
                    foreach (var word in token.Words)
                        writer.WriteStringValue(document.Text.AsSpan(word.Start, word.Length));
                    writer.WriteEndArray();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="date"/> as <c>YYYY-MM-DD</c>, or null.</summary>
    internal static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d)
            writer.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else
            writer.WriteNull(name);
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
            writer.WriteNumber(name, v);
        else
            writer.WriteNull(name);
    }
}
