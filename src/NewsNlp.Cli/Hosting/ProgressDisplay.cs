using NewsNlp.Cli.Input;
using Spectre.Console;

namespace NewsNlp.Cli.Hosting;

/// <summary>
/// The progress bar on standard error (only on a terminal, never with <c>--quiet</c>): documents done,
/// MB/s and time left. The total size is measured by a background walk of the inputs; until it is
/// known (and always for standard input) the bar is indeterminate.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="body"/> under a progress bar; it reports each finished item through the callback.</summary>
    public static async Task<T> RunAsync<T>(TextWriter error, Reporter reporter, InputOptions inputs, Func<Action<long, int>, Task<T>> body, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Interactive = InteractionSupport.Yes,
            Ansi = AnsiSupport.Detect,
        });
        var progress = console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn(), new SpinnerColumn());
        reporter.Live = console;
        try
        {
            return await progress.StartAsync(async context =>
            {
                var task = context.AddTask("0 documents", maxValue: 1e15);
                task.IsIndeterminate = true;
                using var sizing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                _ = Task.Run(() =>
                {
                    var total = InputReader.TotalBytes(inputs, sizing.Token);
                    if (total is > 0)
                    {
                        task.MaxValue = total.Value;
                        task.IsIndeterminate = false;
                    }
                }, sizing.Token);
                var documents = 0;
                try
                {
                    return await body((bytes, docs) =>
                    {
                        documents += docs;
                        task.Increment(bytes);
                        task.Description = $"{documents} documents";
                    }).ConfigureAwait(false);
                }
                finally
                {
                    sizing.Cancel();
                    task.StopTask();
                }
            }).ConfigureAwait(false);
        }
        finally
        {
            reporter.Live = null;
        }
    }
}
