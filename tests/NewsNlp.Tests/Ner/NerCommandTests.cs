using NewsNlp.Cli;

namespace NewsNlp.Tests.Ner;

public class NerCommandTests
{
    [Test]
    public void TrainThenEvalOnAToyCorpus()
    {
        var dir = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"ner-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var train = Path.Combine(dir, "train.txt");
            var test = Path.Combine(dir, "test.txt");
            var model = Path.Combine(dir, "toy.bin");
            File.WriteAllText(train, ToyCorpus.ToConll(ToyCorpus.Sentences(60)));
            File.WriteAllText(test, ToyCorpus.ToConll(ToyCorpus.Sentences(20, skip: 700)));
            Assert.That(Program.BuildRoot().Parse(["train", "ner", "--train", train, "--epochs", "4", "--runs", "1", "-o", model]).Invoke(), Is.EqualTo(0));

            var output = new StringWriter();
            var previous = Console.Out;
            Console.SetOut(output);
            try
            {
                Assert.That(Program.BuildRoot().Parse(["eval", "ner", "--conll", test, "--tagger", "statistical", "--model", model]).Invoke(), Is.EqualTo(0));
            }
            finally
            {
                Console.SetOut(previous);
            }
            var overall = output.ToString().Split('\n').Single(l => l.StartsWith("overall", StringComparison.Ordinal));
            Assert.That(double.Parse(overall.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0.9), output.ToString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
