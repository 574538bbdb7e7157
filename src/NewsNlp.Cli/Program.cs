using System.CommandLine;
using NewsNlp.Cli.Commands;
using NewsNlp.Cli.Hosting;

namespace NewsNlp.Cli;

/// <summary>The <c>newsnlp</c> command.</summary>
public static class Program
{
    /// <summary>Builds the command tree over the real console.</summary>
    public static RootCommand BuildRoot() => BuildRoot(CliConsole.System());

    /// <summary>Builds the command tree over <paramref name="console"/> (tests pass their own streams).</summary>
    internal static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand("NewsNlp: entities, dates and quantitative claims from Indonesian news.");
        root.Add(ExtractCommand.Create(console));
        root.Add(ExtractCommand.CreateEntities(console));
        root.Add(ExtractCommand.CreateClaims(console));
        root.Add(TokenizeCommand.Create());
        root.Add(EvalCommand.Create());
        root.Add(TrainCommand.Create());
        root.Add(CompareCommand.Create());
        HelpExamples.Register(root, """
              newsnlp extract articles/ -o results.jsonl
              newsnlp claims article.txt --format csv
              newsnlp extract --help
            """);
        HelpExamples.Install(root);
        return root;
    }

    /// <summary>Entry point.</summary>
    public static int Main(string[] args) => RunAsync(args, CliConsole.System(), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// Parses and runs <paramref name="args"/> on <paramref name="console"/>. Usage errors print one line each
    /// and return 2; Ctrl+C (or <paramref name="cancellationToken"/>) cancels the running command.
    /// </summary>
    internal static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var root = BuildRoot(console);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                console.Error.WriteLine($"newsnlp: error: {error.Message}");
            var path = string.Join(' ', parse.CommandResult.Command == root ? ["newsnlp"] : new[] { "newsnlp", parse.CommandResult.Command.Name });
            console.Error.WriteLine($"Try '{path} --help'.");
            console.Error.Flush();
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration
        {
            Output = console.OutputWriter,
            Error = console.Error,
        };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
