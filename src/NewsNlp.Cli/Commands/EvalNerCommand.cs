using System.CommandLine;
using NewsNlp.Cli.Training;
using NewsNlp.Entities.Statistical;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp eval ner --conll FILE [--model MODEL] [--tagger statistical|pipeline]</c>:
/// exact-span precision, recall and F1 per type and overall.
/// </summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL NER file: 'token POS BIO' lines, blank line between sentences.", Required = true };
        var model = new Option<string?>("--model") { Description = "Model file for the statistical tagger (default: the embedded model)." };
        var tagger = new Option<string>("--tagger") { Description = "What to score: the library's whole entity tagger, or the statistical tagger alone.", DefaultValueFactory = _ => "pipeline" };
        tagger.AcceptOnlyFromAmong("pipeline", "statistical");
        var tokens = new Option<string>("--tokens") { Description = "For the statistical tagger: the file's gold tokens, or the library's tokenizer on the tokens joined by spaces.", DefaultValueFactory = _ => "gold" };
        tokens.AcceptOnlyFromAmong("gold", "library");
        var showErrors = new Option<bool>("--errors") { Description = "Also list the sentences with a missed or wrong span (to standard error)." };
        var command = new Command("ner", "Score entity tagging against a CoNLL NER file (exact spans, per type).") { conll, model, tagger, tokens, showErrors };
        command.SetAction(parse =>
        {
            var sentences = ConllNer.Read(parse.GetValue(conll)!);
            var errors = parse.GetValue(showErrors) ? Console.Error : null;
            SpanScorer scorer;
            if (parse.GetValue(tagger) == "statistical")
            {
                var modelPath = parse.GetValue(model);
                SequenceTagger? statistical;
                if (modelPath is null)
                {
                    statistical = StatisticalNer.Default;
                }
                else
                {
                    using var stream = File.OpenRead(modelPath);
                    statistical = new SequenceTagger(NerModel.Read(stream), TitleWords.Default);
                }
                if (statistical is null)
                {
                    Console.Error.WriteLine("newsnlp: this build has no embedded NER model; pass --model.");
                    return 2;
                }
                scorer = parse.GetValue(tokens) == "library"
                    ? NerEvaluation.StatisticalOnLibraryTokens(statistical, sentences, errors)
                    : NerEvaluation.Statistical(statistical, sentences, errors);
            }
            else
            {
                if (parse.GetValue(model) is not null)
                    Console.Error.WriteLine("newsnlp: --model applies to --tagger statistical only; scoring the library's tagger.");
                scorer = NerEvaluation.Pipeline(sentences, errors);
            }
            Console.Out.Write(scorer.Report());
            return 0;
        });
        return command;
    }
}
