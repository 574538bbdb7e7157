using System.CommandLine;

namespace NewsNlp.Cli.Commands;

/// <summary>Train the statistical entity tagger and write a model file.</summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var command = new Command("ner", "Train the statistical entity tagger and write a model file.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("newsnlp: 'ner' is not implemented yet.");
            return 2;
        });
        return command;
    }
}
