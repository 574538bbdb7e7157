using System.CommandLine;
using NewsNlp.Cli.Input;
using NewsNlp.Cli.Output;
using NewsNlp.Json;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp extract</c>: entities and claims of each input document, as JSON Lines.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Text files, folders, or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var date = new Option<DateOnly?>("--date") { Description = "Reference date (YYYY-MM-DD) for inputs without one." };
        var command = new Command("extract", "Extract entities, dates and quantitative claims, one JSON line per document.") { inputs, date };
        command.SetAction(parse =>
        {
            var options = new ExtractOptions { ReferenceDate = parse.GetValue(date) };
            using var stdout = Console.OpenStandardOutput();
            foreach (var doc in InputReader.Read(parse.GetValue(inputs) ?? [], Console.In))
            {
                var result = NewsPipeline.Default.Extract(doc.Text, doc.Date is null ? options : options with { ReferenceDate = doc.Date });
                JsonLines.WriteLine(stdout, w => SpecJson.WriteResult(w, doc.Id, result));
            }
            return 0;
        });
        return command;
    }
}
