namespace NewsNlp.Cli.Output;

/// <summary>
/// Where results go: standard output, or a file written atomically. A file target writes to a hidden
/// temporary file in the same folder and renames it over the target only when everything succeeded;
/// on failure or cancellation the temporary file is deleted and the target is left as it was.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly FileStream? _file;
    private readonly string? _temporary;
    private bool _done;

    private OutputTarget(Stream stream, string? path, FileStream? file, string? temporary)
    {
        Stream = stream;
        Path = path;
        _file = file;
        _temporary = temporary;
    }

    /// <summary>The stream to write results to (buffered).</summary>
    public Stream Stream { get; }

    /// <summary>The target file, or null for standard output.</summary>
    public string? Path { get; }

    /// <summary>The temporary file being written, or null for standard output.</summary>
    public string? TemporaryPath => _temporary;

    /// <summary>Opens <paramref name="path"/> (null or <c>-</c>: <paramref name="stdout"/>). Throws IOException/UnauthorizedAccessException when the folder is not writable.</summary>
    public static OutputTarget Open(string? path, Stream stdout)
    {
        if (path is null or "-")
            return new OutputTarget(new BufferedStream(stdout, 65_536), null, null, null);
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new IOException("is a folder");
        var folder = System.IO.Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
            throw new IOException($"folder '{folder}' does not exist");
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65_536);
        return new OutputTarget(file, full, file, temporary);
    }

    /// <summary>Flushes; for a file, makes it durable and renames it over the target.</summary>
    public void Commit()
    {
        Stream.Flush();
        if (_file is null)
            return;
        _file.Flush(flushToDisk: true);
        _file.Dispose();
        File.Move(_temporary!, Path!, overwrite: true);
        _done = true;
    }

    /// <summary>Stops: standard output is flushed (complete documents only); a file's temporary is deleted.</summary>
    public void Abort()
    {
        if (_file is null)
        {
            try
            {
                Stream.Flush();
            }
            catch (IOException)
            {
            }
            return;
        }
        Cleanup();
    }

    /// <summary>Deletes the temporary file unless <see cref="Commit"/> succeeded.</summary>
    public void Dispose()
    {
        if (_file is not null && !_done)
            Cleanup();
    }

    private void Cleanup()
    {
        _done = true;
        try
        {
            _file!.Dispose();
        }
        catch (IOException)
        {
            // The buffer could not be flushed (disk full): the file is deleted anyway.
        }
        try
        {
            File.Delete(_temporary!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
