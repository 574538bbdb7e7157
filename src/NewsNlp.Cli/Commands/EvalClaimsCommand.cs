using System.CommandLine;

namespace NewsNlp.Cli.Commands;

/// <summary>Score claim extraction against gold claims.</summary>
internal static class EvalClaimsCommand
{
    public static Command Create()
    {
        var command = new Command("claims", "Score claim extraction against gold claims.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("newsnlp: 'claims' is not implemented yet.");
            return 2;
        });
        return command;
    }
}
