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
        // --help wins over the errors of what it asks help for (a required option left out: "eval tokens --help").
        if (parse.Errors.Count > 0 && !AsksForHelp(parse))
        {
            foreach (var error in parse.Errors)
                console.Error.WriteLine($"newsnlp: error: {error.Message}");
            console.Error.WriteLine($"Try '{CommandPath(parse.CommandResult)} --help'.");
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

    /// <summary>Whether the command line holds <c>--help</c> (<c>-h</c>, <c>-?</c>) for the command it names.</summary>
    private static bool AsksForHelp(ParseResult parse) =>
        parse.Action is System.CommandLine.Help.HelpAction || parse.CommandResult.Children.Any(static c =>
            c is System.CommandLine.Parsing.OptionResult { Option: System.CommandLine.Help.HelpOption });

    /// <summary>The command as typed: <c>newsnlp eval tokens</c>.</summary>
    private static string CommandPath(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new List<string>();
        for (System.CommandLine.Parsing.SymbolResult? r = result; r is not null; r = r.Parent)
            if (r is System.CommandLine.Parsing.CommandResult c && c.Command is not RootCommand) names.Add(c.Command.Name);
        names.Add("newsnlp");
        names.Reverse();
        return string.Join(' ', names);
    }
}
