using System.Text.Json;

namespace NewsNlp.Cli.Output;

/// <summary><c>--format json</c>: one indented array of document objects.</summary>
internal sealed class JsonArrayResultWriter(Stream output, OutputSelection what, bool flushEachDocument) : IResultWriter
{
    private readonly Utf8JsonWriter _writer = new(output, JsonLines.Options with { Indented = true });

    public void Begin()
    {
        _writer.WriteStartArray();
        _writer.Flush();
    }

    public void Write(ProcessedDocument document)
    {
        DocumentJson.Write(_writer, document.Id, document.Result!, what);
        _writer.Flush();
        if (flushEachDocument)
            output.Flush();
    }

    public void End()
    {
        _writer.WriteEndArray();
        _writer.Flush();
        output.WriteByte((byte)'\n');
        output.Flush();
    }
}
