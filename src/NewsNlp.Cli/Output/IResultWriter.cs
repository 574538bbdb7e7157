namespace NewsNlp.Cli.Output;

/// <summary>Writes processed documents to the output stream, in the order it is given them.</summary>
internal interface IResultWriter
{
    /// <summary>Writes whatever comes before the first document (a CSV header, an opening bracket).</summary>
    void Begin();

    /// <summary>Writes one document; after it returns, the output holds only complete documents.</summary>
    void Write(ProcessedDocument document);

    /// <summary>Writes whatever closes the output (a closing bracket) and flushes.</summary>
    void End();
}

/// <summary>Makes the writer for a format.</summary>
internal static class ResultWriters
{
    /// <summary>The writer of <paramref name="format"/> over <paramref name="output"/>.</summary>
    public static IResultWriter Create(OutputFormat format, OutputSelection what, Stream output, bool flushEachDocument) => format switch
    {
        OutputFormat.Csv => new CsvResultWriter(output, what, flushEachDocument),
        OutputFormat.Json => new JsonArrayResultWriter(output, what, flushEachDocument),
        _ => new JsonLinesResultWriter(output, flushEachDocument),
    };
}
