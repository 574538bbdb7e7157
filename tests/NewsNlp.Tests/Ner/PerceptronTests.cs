using NewsNlp.Cli.Training;
using NewsNlp.Entities.Statistical;

namespace NewsNlp.Tests.Ner;

public class PerceptronTests
{
    private static readonly NerTagSet TagSet = new(["LOC", "ORG", "PER"]);

    internal static NerModel TrainToy(int seed = 1, int runs = 1, int epochs = 5)
    {
        var trainer = new PerceptronTrainer(TagSet, TitleWords.Default);
        var sentences = ToyCorpus.Sentences(60).Select(s => s.ToTraining(TagSet)).ToList();
        return trainer.Train(sentences, new TrainingOptions(epochs, seed, 0f, runs)).Model;
    }

    [Test]
    public void LearnsTheToyProblemAndTagsUnseenSentences()
    {
        var tagger = new SequenceTagger(TrainToy(), TitleWords.Default);
        var unseen = ToyCorpus.Sentences(30, skip: 1000);
        var scorer = NerEvaluation.Statistical(tagger, unseen);
        Assert.That(scorer.Overall.F1, Is.GreaterThanOrEqualTo(0.95), scorer.Report());
    }

    [Test]
    public void GeneralizesToNamesItNeverSaw()
    {
        var tagger = new SequenceTagger(TrainToy(), TitleWords.Default);
        var sentence = new ConllSentence(
            ["Kemarin", "Wayan", "Sudarma", "pergi", "ke", "Kupang", "bersama", "staf", "Bank", "Sentosa", "."],
            ["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "B-ORG", "I-ORG", "O"]);
        var scorer = NerEvaluation.Statistical(tagger, [sentence]);
        Assert.That(scorer.Overall.F1, Is.EqualTo(1.0), scorer.Report());
    }

    [Test]
    public void TrainingIsDeterministic()
    {
        Assert.That(Bytes(TrainToy(seed: 7, runs: 2)), Is.EqualTo(Bytes(TrainToy(seed: 7, runs: 2))));
    }

    [Test]
    public void TheSeedChangesTheShuffle()
    {
        Assert.That(Bytes(TrainToy(seed: 1, epochs: 1)), Is.Not.EqualTo(Bytes(TrainToy(seed: 2, epochs: 1))));
    }

    [Test]
    public void TheModelRoundTripsThroughItsBinaryForm()
    {
        var model = TrainToy();
        var bytes = Bytes(model);
        var read = NerModel.Read(new MemoryStream(bytes));
        Assert.That(read.FeatureCount, Is.EqualTo(model.FeatureCount));
        Assert.That(read.FeatureVersion, Is.EqualTo(NerFeatures.Version));
        Assert.That(read.TagSet.Names, Is.EqualTo(model.TagSet.Names));
        Assert.That(read.Transitions.ToArray(), Is.EqualTo(model.Transitions.ToArray()));
        Assert.That(Bytes(read), Is.EqualTo(bytes));

        var sentences = ToyCorpus.Sentences(20, skip: 500);
        var before = NerEvaluation.Statistical(new SequenceTagger(model, TitleWords.Default), sentences).Overall;
        var after = NerEvaluation.Statistical(new SequenceTagger(read, TitleWords.Default), sentences).Overall;
        Assert.That((after.TruePositives, after.FalsePositives), Is.EqualTo((before.TruePositives, before.FalsePositives)));
    }

    [Test]
    public void ABadModelFileIsRejectedClearly()
    {
        Assert.Throws<InvalidDataException>(() => NerModel.Read(new MemoryStream("not a model at all"u8.ToArray())));
        var bytes = Bytes(TrainToy());
        bytes[8] = 99; // format version
        Assert.Throws<InvalidDataException>(() => NerModel.Read(new MemoryStream(bytes)));
    }

    internal static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }
}
