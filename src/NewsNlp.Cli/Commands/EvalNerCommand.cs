using System.CommandLine;

namespace NewsNlp.Cli.Commands;

/// <summary>Score entity tagging against a CoNLL NER file (exact spans, per type).</summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var command = new Command("ner", "Score entity tagging against a CoNLL NER file (exact spans, per type).");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("newsnlp: 'ner' is not implemented yet.");
            return 2;
        });
        return command;
    }
}
