using System.CommandLine;
using NewsNlp.Cli.Input;
using NewsNlp.Cli.Output;
using NewsNlp.Json;
using NewsNlp.Tokenization;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp tokenize</c>: sentences and tokens of each input document, as JSON Lines.</summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Text files, folders, or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("tokenize", "Split into sentences and tokens, one JSON line per document.") { inputs };
        command.SetAction(parse =>
        {
            using var stdout = Console.OpenStandardOutput();
            foreach (var doc in InputReader.Read(parse.GetValue(inputs) ?? [], Console.In))
                JsonLines.WriteLine(stdout, w => SpecJson.WriteTokens(w, doc.Id, Document.Parse(doc.Text)));
            return 0;
        });
        return command;
    }
}
