using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace NewsNlp.Cli.Input;

/// <summary>Parses one JSON Lines record: <c>{"id": string|number, "text": string, "date": "YYYY-MM-DD"|null}</c>; other fields are ignored.</summary>
internal static class JsonLineParser
{
    /// <summary>Parses <paramref name="line"/>; returns the error message, or null with the fields set.</summary>
    public static string? TryParse(ReadOnlySpan<byte> line, out string? id, out string? text, out DateOnly? date)
    {
        id = null;
        text = null;
        date = null;
        if (!Utf8.IsValid(line))
            return $"invalid UTF-8 at byte {TextDecoder.FirstInvalidOffset(line) + 1} of the line";
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return "malformed JSON line: expected an object {\"id\", \"text\", \"date\"}";
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "id" when reader.TokenType == JsonTokenType.String:
                        id = reader.GetString();
                        break;
                    case "id" when reader.TokenType == JsonTokenType.Number:
                        id = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                        break;
                    case "id" when reader.TokenType != JsonTokenType.Null:
                        return "\"id\" must be a string or a number";
                    case "text" when reader.TokenType == JsonTokenType.String:
                        text = reader.GetString();
                        break;
                    case "text":
                        return "\"text\" must be a string";
                    case "date" when reader.TokenType == JsonTokenType.String:
                        var value = reader.GetString()!;
                        if (!TryParseDate(value, out var parsed))
                            return $"\"date\" is not a date (YYYY-MM-DD): \"{Shorten(value)}\"";
                        date = parsed;
                        break;
                    case "date" when reader.TokenType != JsonTokenType.Null:
                        return "\"date\" must be a string (YYYY-MM-DD) or null";
                    default:
                        reader.Skip();
                        break;
                }
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
                return "malformed JSON line: more after the object";
            return text is null ? "no \"text\" field" : null;
        }
        catch (JsonException e)
        {
            return $"malformed JSON at byte {e.BytePositionInLine + 1} of the line: {FirstSentence(e.Message)}";
        }
        catch (InvalidOperationException e)
        {
            return $"malformed JSON line: {FirstSentence(e.Message)}";
        }
    }

    /// <summary>Accepts <c>YYYY-MM-DD</c> and full ISO 8601 timestamps (their date part).</summary>
    public static bool TryParseDate(string value, out DateOnly date)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return true;
        if (value.Length > 10 && value[10] == 'T' && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            return true;
        date = default;
        return false;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.');
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
