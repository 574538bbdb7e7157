using System.Text;

namespace NewsNlp.Cli.Hosting;

/// <summary>
/// The streams a command talks to. <see cref="System"/> is the real console; tests build their own
/// (memory streams, string writers) to run the command in process.
/// </summary>
internal sealed class CliConsole
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates a console over the given streams.</summary>
    public CliConsole(Stream input, Stream output, TextWriter error, bool errorIsTerminal = false, bool inputIsTerminal = false)
    {
        InputIsTerminal = inputIsTerminal;
        Input = input;
        Output = output;
        Error = error;
        ErrorIsTerminal = errorIsTerminal;
        OutputWriter = new StreamWriter(output, Utf8NoBom, bufferSize: 4096, leaveOpen: true) { AutoFlush = true };
    }

    /// <summary>Standard input, as bytes (text is decoded and validated by the input reader).</summary>
    public Stream Input { get; }

    /// <summary>Standard output, as bytes (results are written as UTF-8).</summary>
    public Stream Output { get; }

    /// <summary>Standard output as text, for help and version.</summary>
    public TextWriter OutputWriter { get; }

    /// <summary>Standard error: messages, progress and summary.</summary>
    public TextWriter Error { get; }

    /// <summary>True when standard error is an interactive terminal (progress is drawn only then).</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>True when standard input is an interactive terminal (the user is expected to type).</summary>
    public bool InputIsTerminal { get; }

    /// <summary>
    /// Standard output. On Unix it is opened as a plain file descriptor, because the console stream of .NET
    /// silently drops writes to a closed pipe: <c>newsnlp extract huge.jsonl | head</c> would then run to the
    /// end for nothing, where a file stream fails at once (EPIPE) and the run stops.
    /// </summary>
    private static Stream OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows())
            return Console.OpenStandardOutput();
        try
        {
            return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return Console.OpenStandardOutput();
        }
    }

    /// <summary>The process's real console.</summary>
    public static CliConsole System() => new(
        Console.OpenStandardInput(),
        OpenStandardOutput(),
        new StreamWriter(Console.OpenStandardError(), Utf8NoBom, bufferSize: 1024, leaveOpen: true) { AutoFlush = true },
        !Console.IsErrorRedirected,
        !Console.IsInputRedirected);
}
