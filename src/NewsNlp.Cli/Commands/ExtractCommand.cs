using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NewsNlp.Cli.Hosting;
using NewsNlp.Cli.Input;
using NewsNlp.Cli.Output;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp extract</c> (entities, dates and claims of each document) and its shortcuts
/// <c>newsnlp entities</c> and <c>newsnlp claims</c> (<c>extract --what entities|claims</c>).
/// </summary>
internal static class ExtractCommand
{
    /// <summary><c>extract</c>.</summary>
    public static Command Create(CliConsole console) => Build(
        "extract",
        "Extract entities, dates and quantitative claims from news articles: one JSON line per document, in input order.",
        null,
        console,
        """
          newsnlp extract article.txt                      one article, JSON Lines on standard output
          newsnlp extract articles/ -o results.jsonl       a folder (recursive, *.txt), written atomically
          newsnlp extract dump.jsonl --threads 4           JSON Lines input: {"id","text","date"?} a line
          newsnlp extract articles/ --glob "*.md" --date 2024-12-31
          cat article.txt | newsnlp extract -              standard input, plain text
          crawler | newsnlp extract --input-format jsonl   standard input, JSON Lines
          newsnlp extract articles/ --format csv --what claims -o claims.csv
        """);

    /// <summary><c>entities</c>: <c>extract --what entities</c>.</summary>
    public static Command CreateEntities(CliConsole console) => Build(
        "entities",
        "Shortcut for 'extract --what entities': named entities and dates of each document.",
        OutputSelection.Entities,
        console,
        """
          newsnlp entities article.txt
          newsnlp entities articles/ --format csv -o entities.csv
        """);

    /// <summary><c>claims</c>: <c>extract --what claims</c>.</summary>
    public static Command CreateClaims(CliConsole console) => Build(
        "claims",
        "Shortcut for 'extract --what claims': quantitative claims of each document.",
        OutputSelection.Claims,
        console,
        """
          newsnlp claims article.txt
          newsnlp claims articles/ --format csv -o claims.csv
        """);

    private static Command Build(string name, string description, OutputSelection? fixedWhat, CliConsole console, string examples)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Text files, folders (recursive), .jsonl files, or - for standard input (the default).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    result.AddError($"unknown option '{token.Value}'.");
            }
        });
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE (atomically: a temporary file in the same folder, renamed at the end) instead of standard output.", HelpName = "FILE" };
        var format = new Option<string>("--format", "-f") { Description = "Output format: jsonl (one object a document), csv (one row a claim or entity), json (one indented array).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "json");
        var what = new Option<string>("--what", "-w") { Description = "What to write: all, entities (with dates) or claims.", DefaultValueFactory = _ => "all" };
        what.AcceptOnlyFromAmong("all", "entities", "claims");
        var glob = new Option<string>("--glob", "-g") { Description = "File-name pattern for folders (* and ?, case-insensitive).", DefaultValueFactory = _ => "*.txt", HelpName = "PATTERN" };
        var inputFormat = new Option<string>("--input-format") { Description = "How to read inputs: auto (.jsonl/.ndjson as JSON Lines, the rest and standard input as text), text, jsonl.", DefaultValueFactory = _ => "auto" };
        inputFormat.AcceptOnlyFromAmong("auto", "text", "jsonl");
        var date = new Option<DateOnly?>("--date", "-d")
        {
            Description = "Reference date (YYYY-MM-DD) for relative dates in documents that give none (no dateline, no \"date\" field).",
            HelpName = "YYYY-MM-DD",
            CustomParser = ParseDate,
        };
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads (default: all cores). Output order does not depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1024)
                result.AddError("--threads must be between 1 and 1024.");
        });
        var maxSize = new Option<long>("--max-doc-size")
        {
            Description = "Largest document accepted, in bytes of UTF-8 (suffixes K, M, G); a larger one is reported and skipped.",
            HelpName = "SIZE",
            DefaultValueFactory = _ => 10 * InputOptions.MiB,
            CustomParser = ParseSize,
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary line (errors are still reported)." };

        var command = new Command(name, description) { inputs, output, format, glob, inputFormat, date, threads, maxSize, quiet };
        if (fixedWhat is null)
            command.Add(what);
        HelpExamples.Register(command, examples);

        command.SetAction((parse, cancellationToken) =>
        {
            var settings = new ExtractSettings
            {
                Input = new InputOptions
                {
                    Inputs = parse.GetValue(inputs) ?? [],
                    Glob = parse.GetValue(glob) ?? "*.txt",
                    Format = Enum.Parse<InputFormat>(parse.GetValue(inputFormat) ?? "auto", ignoreCase: true),
                    MaxDocumentBytes = parse.GetValue(maxSize),
                },
                Format = Enum.Parse<OutputFormat>(parse.GetValue(format) ?? "jsonl", ignoreCase: true),
                What = fixedWhat ?? Enum.Parse<OutputSelection>(parse.GetValue(what) ?? "all", ignoreCase: true),
                OutputPath = parse.GetValue(output),
                Threads = parse.GetValue(threads),
                Date = parse.GetValue(date),
                Quiet = parse.GetValue(quiet),
            };
            return ExtractRunner.RunAsync(settings, console, cancellationToken);
        });
        return command;
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        result.AddError($"--date '{text}' is not a date in the form YYYY-MM-DD.");
        return null;
    }

    private static long ParseSize(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (SizeParser.TryParse(text, out var bytes))
            return bytes;
        result.AddError($"--max-doc-size '{text}' is not a size (examples: 500000, 512K, 10M).");
        return 0;
    }
}
