using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// A profile of the sentence splitter's work on the corpus: how many boundaries the quiet filter passes on to the
/// rules, and why (the first reason that holds, in the filter's order).
/// <c>dotnet benchmarks/NewsNlp.Benchmarks/bin/Release/net10.0/NewsNlp.Benchmarks.dll candidates</c>.
/// </summary>
public static class CandidateStats
{
    /// <summary>Prints the counts.</summary>
    public static void Run()
    {
        var text = BenchmarkCorpus.Text.AsSpan();
        var tokens = new TokenSpan[text.Length + 1];
        var n = Tokenizer.Tokenize(text, tokens, out _);
        var reasons = new Dictionary<string, int>();
        var candidates = 0;
        for (var b = 1; b < n; b++)
        {
            if (QuietTokens.SkipQuiet(text, tokens, b, b + 1) != b) continue;
            candidates++;
            var previous = text.Slice(tokens[b - 1].Start, tokens[b - 1].Length);
            var token = text.Slice(tokens[b].Start, tokens[b].Length);
            var gap = text[tokens[b - 1].End..tokens[b].Start];
            var reason =
                previous[^1] is '.' or '?' or '!' or ')' or ']' or '}' or '(' or '[' or '"' or '\'' or '`' || previous[0] == '.' ? $"after {Clip(previous)}"
                : previous[^1] >= 128 ? "after non-ASCII end"
                : gap.Length != 0 && !(gap.Length == 1 && gap[0] == ' ') ? (gap.Contains('\n') ? "line break" : "other gap")
                : token[0] is '"' or '\'' or '`' or '(' or '[' or '{' ? $"token {token[0]}"
                : token[0] >= 128 || token[^1] >= 128 ? "token non-ASCII"
                : $"word {(char.IsUpper(token[0]) ? "Capitalised" : "lower-case")}";
            reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
        }
        Console.WriteLine($"{n:N0} tokens, {candidates:N0} boundaries looked at ({100.0 * candidates / n:F1}%)");
        foreach (var (reason, count) in reasons.OrderByDescending(r => r.Value).Take(20))
            Console.WriteLine($"  {reason,-24} {count,8:N0}");
    }

    private static string Clip(ReadOnlySpan<char> token) => token.Length <= 3 ? token.ToString() : "word" + token[^1];
}
