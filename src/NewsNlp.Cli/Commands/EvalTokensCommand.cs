using System.CommandLine;
using System.Globalization;
using NewsNlp.Cli.Evaluation;

namespace NewsNlp.Cli.Commands;

/// <summary>Score tokenization against a CoNLL-U file (CoNLL 2018 shared task metrics).</summary>
internal static class EvalTokensCommand
{
    public static Command Create()
    {
        var conllu = new Option<string>("--conllu") { Description = "Gold CoNLL-U file; its sentences' # text joined by single spaces is the input.", Required = true };
        var command = new Command("tokens", "Score tokenization against a CoNLL-U file (CoNLL 2018 shared task metrics).") { conllu };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(conllu)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"newsnlp: no such file: {path}");
                return 2;
            }
            SegmentationScores scores;
            try
            {
                scores = TokenizationEvaluation.Evaluate(path);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or IOException)
            {
                Console.Error.WriteLine($"newsnlp: {e.Message}");
                return 1;
            }
            Console.Out.WriteLine("Metric     | Precision |    Recall |  F1 Score |      Gold |    System");
            Console.Out.WriteLine("-----------+-----------+-----------+-----------+-----------+----------");
            Write("Tokens", scores.Tokens);
            Write("Sentences", scores.Sentences);
            Write("Words", scores.Words);
            return 0;
        });
        return command;
    }

    private static void Write(string name, Score s) =>
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-10} | {100 * s.Precision,9:F2} | {100 * s.Recall,9:F2} | {100 * s.F1,9:F2} | {s.Gold,9} | {s.System,9}"));
}
