namespace NewsNlp.Cli.Hosting;

/// <summary>The exit codes of <c>newsnlp</c> (documented in <c>--help</c> and docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Every input was processed.</summary>
    public const int Ok = 0;

    /// <summary>Some inputs failed (each reported on standard error); all the others were processed.</summary>
    public const int InputErrors = 1;

    /// <summary>Usage error: unknown option, bad value, invalid combination.</summary>
    public const int Usage = 2;

    /// <summary>The output could not be written (read-only folder, disk full, closed pipe); nothing is left half-written at -o.</summary>
    public const int OutputError = 3;

    /// <summary>Cancelled (Ctrl+C, SIGTERM).</summary>
    public const int Cancelled = 130;

    /// <summary>The text printed under the help of every command.</summary>
    public const string HelpText =
        "Exit codes:\n" +
        "  0    every input was processed\n" +
        "  1    some inputs failed (each named on standard error); the others were processed\n" +
        "  2    usage error (unknown option, bad value)\n" +
        "  3    output error (cannot write -o or standard output); -o is left untouched\n" +
        "  130  cancelled (Ctrl+C); output holds only complete documents, temporary files are removed";
}
