using System.CommandLine;
using NewsNlp.Cli.Hosting;
using NewsNlp.Cli.Input;
using NewsNlp.Cli.Output;
using NewsNlp.Json;
using NewsNlp.Tokenization;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp tokenize</c>: sentences and tokens of each input document, as JSON Lines:
/// <c>{"id", "sentences": [{"start", "end", "tokens": [{"start", "end", "words"?}]}]}</c>.
/// </summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Text files, folders (recursive), .jsonl files, or - for standard input (the default).", Arity = ArgumentArity.ZeroOrMore };
        var inputFormat = new Option<string>("--input-format") { Description = "How to read inputs: auto (.jsonl/.ndjson as JSON Lines, the rest and standard input as text), text, jsonl.", DefaultValueFactory = _ => "auto" };
        inputFormat.AcceptOnlyFromAmong("auto", "text", "jsonl");
        var glob = new Option<string>("--glob", "-g") { Description = "File-name pattern for folders (* and ?, case-insensitive).", DefaultValueFactory = _ => "*.txt", HelpName = "PATTERN" };
        var count = new Option<bool>("--count") { Description = "Print only the counts (documents, sentences, tokens) and the throughput: the wc of tokens." };
        var command = new Command("tokenize", "Split into sentences and tokens (with the words of clitic-bearing tokens), one JSON line per document.") { inputs, inputFormat, glob, count };
        command.SetAction(parse =>
        {
            var options = new InputOptions
            {
                Inputs = parse.GetValue(inputs) ?? [],
                Glob = parse.GetValue(glob) ?? "*.txt",
                Format = parse.GetValue(inputFormat) switch { "text" => InputFormat.Text, "jsonl" => InputFormat.Jsonl, _ => InputFormat.Auto },
            };
            var failed = false;
            using var stdout = Console.OpenStandardOutput();
            var counter = parse.GetValue(count) ? new TokenCounter() : null;
            foreach (var item in InputReader.Enumerate(options, Console.OpenStandardInput))
            {
                if (item.Document is { } doc)
                {
                    if (counter is not null)
                        counter.Add(doc.Text);
                    else
                        JsonLines.WriteLine(stdout, w => SpecJson.WriteTokens(w, doc.Id, Document.Parse(doc.Text)));
                }
                else if (item.Error is { } error)
                {
                    Console.Error.WriteLine($"newsnlp: {error}");
                    failed = true;
                }
            }
            if (counter is not null)
                Console.Out.WriteLine(counter.Summary());
            return failed ? ExitCodes.InputErrors : ExitCodes.Ok;
        });
        return command;
    }
}
