using System.Text;

namespace NewsNlp.Cli.Input;

/// <summary>Turns the command's INPUT arguments into documents: files, folders, standard input.</summary>
/// <remarks>PROVISIONAL: text files and folders of *.txt; JSON Lines and error reporting come with the CLI issue.</remarks>
internal static class InputReader
{
    public static IEnumerable<InputDocument> Read(IReadOnlyList<string> inputs, TextReader stdin)
    {
        if (inputs.Count == 0 || (inputs.Count == 1 && inputs[0] == "-"))
        {
            yield return new InputDocument("-", stdin.ReadToEnd(), null);
            yield break;
        }
        foreach (var input in inputs)
        {
            var files = Directory.Exists(input)
                ? Directory.EnumerateFiles(input, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : (IEnumerable<string>)[input];
            foreach (var file in files)
                yield return new InputDocument(file, File.ReadAllText(file, Encoding.UTF8), null);
        }
    }
}
