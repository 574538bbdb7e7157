using System.Text;

namespace NewsNlp.Tests.Support;

/// <summary>Texts for tests that run a scanner two ways and ask for the same answer.</summary>
internal static class TestTexts
{
    /// <summary>
    /// The held-out articles (Golden/articles) and one column of a golden corpus (Golden/&lt;area&gt;/&lt;file&gt;,
    /// <c>#</c> comments skipped).
    /// </summary>
    public static IEnumerable<string> ArticlesAndCorpus(string area, string file, int column)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Golden");
        return Directory.GetFiles(Path.Combine(folder, "articles"), "*.txt").Select(File.ReadAllText)
            .Concat(File.ReadLines(Path.Combine(folder, area, file))
                .Where(line => line.Length > 0 && line[0] != '#')
                .Select(line => line.Split('\t') is var fields && column < fields.Length ? fields[column] : ""));
    }

    /// <summary><paramref name="count"/> random sequences of 1 to 29 of <paramref name="words"/>, mostly space-separated, from <paramref name="seed"/>.</summary>
    public static IEnumerable<string> RandomWordSequences(string[] words, int seed, int count = 3000)
    {
        var random = new Random(seed);
        for (var round = 0; round < count; round++)
        {
            var builder = new StringBuilder();
            for (var n = random.Next(1, 30); n > 0; n--)
            {
                builder.Append(words[random.Next(words.Length)]);
                if (random.Next(8) > 0) builder.Append(' ');
            }
            yield return builder.ToString();
        }
    }
}
