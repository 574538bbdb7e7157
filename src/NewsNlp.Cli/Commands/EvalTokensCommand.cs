using System.CommandLine;

namespace NewsNlp.Cli.Commands;

/// <summary>Score tokenization against a CoNLL-U file (CoNLL 2018 shared task metrics).</summary>
internal static class EvalTokensCommand
{
    public static Command Create()
    {
        var command = new Command("tokens", "Score tokenization against a CoNLL-U file (CoNLL 2018 shared task metrics).");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("newsnlp: 'tokens' is not implemented yet.");
            return 2;
        });
        return command;
    }
}
