using System.CommandLine;
using NewsNlp.Cli.Commands;

namespace NewsNlp.Cli;

/// <summary>The <c>newsnlp</c> command.</summary>
public static class Program
{
    /// <summary>Builds the command tree (also used by tests to run the command in process).</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("NewsNlp: tokens, entities, dates and quantitative claims from Indonesian news.");
        root.Add(ExtractCommand.Create());
        root.Add(TokenizeCommand.Create());
        root.Add(EvalCommand.Create());
        root.Add(TrainCommand.Create());
        root.Add(CompareCommand.Create());
        return root;
    }

    /// <summary>Entry point.</summary>
    public static int Main(string[] args) => BuildRoot().Parse(args).Invoke();
}
