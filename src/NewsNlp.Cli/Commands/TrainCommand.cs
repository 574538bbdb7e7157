using System.CommandLine;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train</c>: trains the statistical models.</summary>
internal static class TrainCommand
{
    public static Command Create() => new("train", "Train the statistical models on your data.")
    {
        TrainNerCommand.Create(),
    };
}
