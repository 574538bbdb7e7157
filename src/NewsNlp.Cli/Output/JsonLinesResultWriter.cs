namespace NewsNlp.Cli.Output;

/// <summary>JSON Lines: copies each document's pre-serialized line, whole, to the output.</summary>
internal sealed class JsonLinesResultWriter(Stream output, bool flushEachDocument) : IResultWriter
{
    public void Begin()
    {
    }

    public void Write(ProcessedDocument document)
    {
        output.Write(document.JsonLine ?? throw new InvalidOperationException("JSON line not serialized."));
        if (flushEachDocument)
            output.Flush();
    }

    public void End() => output.Flush();
}
