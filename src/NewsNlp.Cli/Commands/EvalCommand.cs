using System.CommandLine;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp eval</c>: scores against gold files.</summary>
internal static class EvalCommand
{
    public static Command Create() => new("eval", "Score tokens, entities or claims against gold files.")
    {
        EvalTokensCommand.Create(),
        EvalNerCommand.Create(),
        EvalClaimsCommand.Create(),
    };
}
