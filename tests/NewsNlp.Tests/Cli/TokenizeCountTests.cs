using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp tokenize --count</c> prints the counts the library's tokenizer and splitter give.</summary>
[NonParallelizable]
public class TokenizeCountTests
{
    [Test]
    public void CountMatchesTheLibrary()
    {
        var folder = Directory.CreateTempSubdirectory("newsnlp-count-");
        var original = Console.Out;
        try
        {
            var texts = new[]
            {
                "Sebanyak 1.500 relawan dikirim ke Palu. Mereka tiba Senin (1/10/2018).",
                "Harga cabai naik 20 persen, kata pedagang di Jl. Merdeka No. 5.\n\nHalaman 2 dari 2",
            };
            for (var i = 0; i < texts.Length; i++)
                File.WriteAllText(Path.Combine(folder.FullName, $"{i}.txt"), texts[i]);
            var documents = texts.Select(Document.Parse).ToList();

            using var output = new StringWriter();
            Console.SetOut(output);
            var code = NewsNlp.Cli.Program.BuildRoot().Parse(["tokenize", "--count", folder.FullName]).Invoke();
            Console.SetOut(original);

            Assert.That(code, Is.EqualTo(0));
            Assert.That(output.ToString(), Does.StartWith(
                $"documents 2, sentences {documents.Sum(d => d.Sentences.Count)}, tokens {documents.Sum(d => d.Tokens.Count)}, "));
            Assert.That(output.ToString(), Does.Contain("MB/s"));
        }
        finally
        {
            Console.SetOut(original);
            folder.Delete(recursive: true);
        }
    }
}
