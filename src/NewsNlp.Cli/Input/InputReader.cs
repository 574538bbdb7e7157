using System.Buffers;
using System.Text;

namespace NewsNlp.Cli.Input;

/// <summary>
/// Turns the command's INPUT arguments into a stream of documents and errors, in input order:
/// text files, folders (recursive, by pattern), JSON Lines files, standard input. It reads one
/// document at a time (never the whole batch), and a bad input becomes an <see cref="InputError"/>
/// naming it (and its line) while the rest goes on.
/// </summary>
internal static class InputReader
{
    /// <summary>The id and name of standard input.</summary>
    public const string StdinName = "stdin";

    /// <summary>
    /// Simple form for other commands: the documents of <paramref name="inputs"/> (files, folders of *.txt,
    /// .jsonl files, or standard input as one text document when empty or <c>-</c>). Each bad input goes to
    /// <paramref name="onError"/> and reading goes on; without a callback the first bad input throws an
    /// <see cref="InputException"/> (an <see cref="IOException"/> whose message names the input).
    /// </summary>
    public static IEnumerable<InputDocument> Read(IReadOnlyList<string> inputs, TextReader stdin, Action<InputError>? onError = null)
    {
        onError ??= static e => throw new InputException(e);
        var options = new InputOptions { Inputs = inputs };
        if (options.IsStdinOnly)
        {
            var text = stdin.ReadToEnd();
            if (string.IsNullOrWhiteSpace(text))
                onError(new InputError(StdinName, null, "empty document"));
            else
                yield return new InputDocument(StdinName, text, null);
            yield break;
        }
        foreach (var item in Enumerate(options, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin.ReadToEnd()))))
        {
            if (item.Document is { } document)
                yield return document;
            else if (item.Error is { } error)
                onError(error);
        }
    }

    /// <summary>Every document and error of the inputs, in order, reading lazily.</summary>
    public static IEnumerable<InputItem> Enumerate(InputOptions options, Func<Stream> openStdin)
    {
        var inputs = options.IsStdinOnly ? ["-"] : options.Inputs;
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                foreach (var item in ReadStream(openStdin(), StdinName, options.Format == InputFormat.Jsonl, options))
                    yield return item;
            }
            else if (Directory.Exists(input))
            {
                var any = false;
                var errors = new List<InputItem>();
                foreach (var file in FolderWalker.Walk(input, options.Glob, (folder, message) => errors.Add(InputItem.Fail(folder, null, message))))
                {
                    foreach (var error in errors)
                        yield return error;
                    errors.Clear();
                    any = true;
                    foreach (var item in ReadFile(file, options, listed: true))
                        yield return item;
                }
                foreach (var error in errors)
                    yield return error;
                if (!any)
                    yield return InputItem.Fail(input, null, $"folder has no files matching '{options.Glob}'");
            }
            else
            {
                foreach (var item in ReadFile(input, options, listed: false))
                    yield return item;
            }
        }
    }

    /// <summary>The total size in bytes of the input files (for progress), or null when standard input is among them.</summary>
    public static long? TotalBytes(InputOptions options, CancellationToken cancellationToken)
    {
        if (options.IsStdinOnly || options.Inputs.Contains("-"))
            return null;
        long total = 0;
        foreach (var input in options.Inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var files = Directory.Exists(input) ? FolderWalker.Walk(input, options.Glob, static (_, _) => { }) : [input];
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    total += new FileInfo(file).Length;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
        }
        return total;
    }

    /// <summary>A short, plain description of an I/O failure.</summary>
    public static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or folder",
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "path too long",
        _ => e.Message,
    };

    private static bool IsJsonLines(string path, InputOptions options) => options.Format switch
    {
        InputFormat.Jsonl => true,
        InputFormat.Text => false,
        _ => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase),
    };

    private static IEnumerable<InputItem> ReadFile(string path, InputOptions options, bool listed)
    {
        FileStream? stream = null;
        InputItem? failure = null;
        try
        {
            options.BeforeOpen?.Invoke(path);
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var message = Describe(e);
            if (listed && e is FileNotFoundException or DirectoryNotFoundException)
                message = "file disappeared before it could be read";
            failure = InputItem.Fail(path, null, message);
        }
        if (failure is { } f)
        {
            yield return f;
            yield break;
        }
        using (stream)
        {
            foreach (var item in ReadStream(stream!, path, IsJsonLines(path, options), options))
                yield return item;
        }
    }

    private static IEnumerable<InputItem> ReadStream(Stream stream, string source, bool jsonLines, InputOptions options) =>
        jsonLines ? ReadJsonLines(stream, source, options) : [ReadText(stream, source, options)];

    private static InputItem ReadText(Stream stream, string source, InputOptions options)
    {
        byte[] bytes;
        try
        {
            if (stream.CanSeek && stream.Length > options.MaxDocumentBytes)
                return TooLarge(source, null, stream.Length, options);
            bytes = ReadAtMost(stream, options.MaxDocumentBytes + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputItem.Fail(source, null, "cannot read: " + Describe(e));
        }
        if (bytes.Length > options.MaxDocumentBytes)
            return TooLarge(source, null, bytes.Length, options);
        var error = TextDecoder.TryDecode(bytes, out var text);
        if (error is not null)
            return InputItem.Fail(source, null, error, bytes.Length);
        if (string.IsNullOrWhiteSpace(text))
            return InputItem.Fail(source, null, "empty document", bytes.Length);
        return InputItem.Of(new InputDocument(source, text, null, FileNameDate.Find(source)), bytes.Length);
    }

    private static IEnumerable<InputItem> ReadJsonLines(Stream stream, string source, InputOptions options)
    {
        var lineLimit = Math.Min(options.MaxDocumentBytes * 6 + 65_536, Array.MaxLength - 1);
        var reader = new LineReader(stream, lineLimit);
        var records = 0;
        while (true)
        {
            InputItem? item;
            try
            {
                if (!reader.Next(out var line, out var tooLong))
                    break;
                item = tooLong
                    ? TooLarge(source, reader.LineNumber, reader.LineBytes, options)
                    : ParseLine(line.Span, source, reader.LineNumber, reader.LineBytes, options);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                item = InputItem.Fail(source, reader.LineNumber + 1, "cannot read: " + Describe(e));
            }
            if (item is { } found)
            {
                records++;
                yield return found;
            }
            if (item?.Error?.Message.StartsWith("cannot read", StringComparison.Ordinal) == true)
                yield break;
        }
        if (records == 0)
            yield return InputItem.Fail(source, null, "no documents: no JSON line in it");
    }

    private static InputItem? ParseLine(ReadOnlySpan<byte> line, string source, long number, long bytes, InputOptions options)
    {
        if (line.Trim(" \t\r"u8).IsEmpty)
            return null;
        var error = JsonLineParser.TryParse(line, out var id, out var text, out var date);
        if (error is not null)
            return InputItem.Fail(source, number, error, bytes);
        if (Encoding.UTF8.GetByteCount(text!) > options.MaxDocumentBytes)
            return TooLarge(source, number, Encoding.UTF8.GetByteCount(text!), options);
        if (string.IsNullOrWhiteSpace(text))
            return InputItem.Fail(source, number, "empty document", bytes);
        return InputItem.Of(new InputDocument(id ?? $"{source}:{number}", text!, date), bytes);
    }

    private static InputItem TooLarge(string source, long? line, long size, InputOptions options) =>
        InputItem.Fail(source, line, $"document of {SizeParser.Format(size)} is over the --max-doc-size limit of {SizeParser.Format(options.MaxDocumentBytes)}", size);

    /// <summary>The stream's bytes, at most <paramref name="limit"/>; a file that grows or shrinks while it is read gives what it held.</summary>
    internal static byte[] ReadAtMost(Stream stream, long limit)
    {
        // A file says its length: one array of that size, read into directly (the general loop cost a batch about
        // 95 KB of garbage a document: its chunk, the memory stream's growth and the copy out).
        if (stream.CanSeek && stream.Length - stream.Position is var expected and >= 0 && expected < limit)
        {
            var bytes = new byte[expected];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read < bytes.Length)
                return bytes[..read]; // the file shrank while it was read
            var next = stream.ReadByte();
            if (next < 0)
                return bytes;
            // The file grew while it was read: go on with the general loop from what is read.
            using var grown = new MemoryStream();
            grown.Write(bytes);
            grown.WriteByte((byte)next);
            return ReadRest(stream, grown, limit);
        }
        using var buffer = new MemoryStream();
        return ReadRest(stream, buffer, limit);
    }

    private static byte[] ReadRest(Stream stream, MemoryStream buffer, long limit)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(81_920);
        try
        {
            while (buffer.Length < limit)
            {
                var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length));
                if (read == 0)
                    break;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }
}
