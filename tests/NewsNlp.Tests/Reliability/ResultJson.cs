using System.Text;
using System.Text.Json;
using NewsNlp.Json;

namespace NewsNlp.Tests.Reliability;

/// <summary>A result as its JSON text: the byte-level form to compare runs and threads by.</summary>
internal static class ResultJson
{
    public static string Of(ExtractionResult result, string? id = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
            SpecJson.WriteResult(writer, id, result);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
