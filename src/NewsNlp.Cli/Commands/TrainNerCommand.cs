using System.CommandLine;
using NewsNlp.Cli.Training;
using NewsNlp.Entities.Statistical;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp train ner --train FILE [--dev FILE] [--epochs N] [--seed N] -o MODEL</c>:
/// trains the statistical entity tagger on CoNLL files and writes a model file.
/// </summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var train = new Option<string[]>("--train") { Description = "CoNLL training file(s): 'token POS BIO' lines, blank line between sentences.", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL dev file: scored after each epoch, the best epoch's model is written." };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data (the most, with --dev).", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffle between epochs.", DefaultValueFactory = _ => 1 };
        var minWeight = new Option<float>("--min-weight") { Description = "Leave out features whose averaged weights are all smaller than this.", DefaultValueFactory = _ => 0.05f };
        var runs = new Option<int>("--runs") { Description = "Perceptrons trained on differently shuffled data and averaged into one model.", DefaultValueFactory = _ => 5 };
        var scheme = new Option<TagScheme>("--scheme") { Description = "Tag encoding: Bio or Bilou.", DefaultValueFactory = _ => TagScheme.Bio };
        var output = new Option<string>("--output", "-o") { Description = "Model file to write.", Required = true };
        var command = new Command("ner", "Train the statistical entity tagger and write a model file.") { train, dev, epochs, seed, minWeight, runs, scheme, output };
        command.SetAction(parse =>
        {
            var started = DateTime.UtcNow;
            var sentences = parse.GetValue(train)!.SelectMany(ConllNer.Read).ToList();
            var devPath = parse.GetValue(dev);
            var devSentences = devPath is null ? null : ConllNer.Read(devPath);
            var tagSet = new NerTagSet(ConllNer.Labels(sentences), parse.GetValue(scheme));
            var trainer = new PerceptronTrainer(tagSet, TitleWords.Default);
            Func<NerModel, double>? scoreDev = devSentences is null
                ? null
                : model => NerEvaluation.Statistical(new SequenceTagger(model, TitleWords.Default), devSentences).Overall.F1;
            var options = new TrainingOptions(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(minWeight), parse.GetValue(runs));
            var result = trainer.Train([.. sentences.Select(s => s.ToTraining(tagSet))], options, scoreDev, Console.Error.WriteLine);

            var path = parse.GetValue(output)!;
            using var buffer = new MemoryStream();
            result.Model.Write(buffer);
            File.WriteAllBytes(path, buffer.ToArray());
            Console.Error.WriteLine(
                $"wrote {path}: epoch {result.Epoch}" + (double.IsNaN(result.DevScore) ? "" : $", dev F1 {result.DevScore:F4}") +
                $", {result.Model.FeatureCount} features, {buffer.Length} bytes, {(DateTime.UtcNow - started).TotalSeconds:F1} s");
            return 0;
        });
        return command;
    }
}
