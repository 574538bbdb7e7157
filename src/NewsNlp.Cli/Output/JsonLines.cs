using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsNlp.Cli.Output;

/// <summary>Writes JSON Lines: one compact object a line, non-ASCII text kept readable.</summary>
internal static class JsonLines
{
    public static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes one line built by <paramref name="write"/> to <paramref name="output"/>.</summary>
    public static void WriteLine(Stream output, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(output, Options))
            write(writer);
        output.WriteByte((byte)'\n');
    }
}
