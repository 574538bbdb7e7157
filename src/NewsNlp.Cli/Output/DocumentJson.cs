using System.Buffers;
using System.Text.Json;
using NewsNlp.Json;

namespace NewsNlp.Cli.Output;

/// <summary>Writes one document object in the contract's JSON, restricted to the selected results.</summary>
internal static class DocumentJson
{
    /// <summary>
    /// <c>{"id", "date", "entities", "claims"}</c> for <see cref="OutputSelection.All"/> (exactly as
    /// <see cref="SpecJson.WriteResult"/> writes it); without the array that is not selected otherwise.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, string id, ExtractionResult result, OutputSelection what)
    {
        if (what == OutputSelection.All)
        {
            SpecJson.WriteResult(writer, id, result);
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("id", id);
        SpecJson.WriteDate(writer, "date", result.ReferenceDate);
        if (what == OutputSelection.Entities)
        {
            writer.WriteStartArray("entities");
            foreach (var entity in result.Entities)
                SpecJson.WriteEntity(writer, entity);
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteStartArray("claims");
            foreach (var claim in result.Claims)
                SpecJson.WriteClaim(writer, claim);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    /// <summary>The document as one JSON line (UTF-8, ending in <c>\n</c>).</summary>
    public static byte[] ToLine(string id, ExtractionResult result, OutputSelection what)
    {
        // One buffer and writer a thread, reset for each line: a batch writes thousands of lines.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, JsonLines.Options);
        writer.Reset(buffer);
        Write(writer, id, result, what);
        writer.Flush();
        buffer.Write("\n"u8);
        var line = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > 1 << 20)
            (t_buffer, t_writer) = (null, null); // a huge document's buffer is not kept for the rest of the batch
        return line;
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;
}
