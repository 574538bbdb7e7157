using NewsNlp.Cli.Input;
using Spectre.Console;

namespace NewsNlp.Cli.Hosting;

/// <summary>
/// Writes messages to standard error, one line each, prefixed <c>newsnlp:</c>. While a progress bar is
/// drawn, lines go through its console so they appear above the bar instead of tearing it.
/// </summary>
internal sealed class Reporter(TextWriter error)
{
    private readonly Lock _lock = new();

    /// <summary>The live console while a progress bar is shown.</summary>
    public IAnsiConsole? Live { get; set; }

    /// <summary>Reports a bad input.</summary>
    public void Error(InputError problem) => Line($"newsnlp: error: {problem}");

    /// <summary>Writes one line as is.</summary>
    public void Line(string text)
    {
        lock (_lock)
        {
            if (Live is { } live)
                live.WriteLine(text);
            else
            {
                error.WriteLine(text);
                error.Flush();
            }
        }
    }
}
