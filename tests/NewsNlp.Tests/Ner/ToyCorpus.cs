using NewsNlp.Cli.Training;

namespace NewsNlp.Tests.Ner;

/// <summary>A small made-up CoNLL corpus: people who speak, places people go to, organizations that report.</summary>
internal static class ToyCorpus
{
    public static readonly string[] People = ["Budi Santoso", "Siti", "Agus Salim", "Rina", "Dewi Lestari", "Joko", "Made Wirawan", "Hendra"];
    public static readonly string[] Places = ["Bandung", "Medan", "Kupang", "Jayapura", "Ambon", "Kendari"];
    public static readonly string[] Organizations = ["Bank Sentosa", "Koperasi Maju", "Yayasan Harapan", "Dinas Pangan"];

    /// <summary>Sentences built from the lists, <paramref name="skip"/> lets a caller hold some combinations out.</summary>
    public static List<ConllSentence> Sentences(int count, int skip = 0)
    {
        var result = new List<ConllSentence>();
        for (var i = skip; result.Count < count; i++)
        {
            var person = People[i % People.Length];
            var place = Places[(i / 2) % Places.Length];
            var org = Organizations[(i / 3) % Organizations.Length];
            var tokens = new List<string>();
            var tags = new List<string>();
            void Add(string text, string label)
            {
                var words = text.Split(' ');
                for (var w = 0; w < words.Length; w++)
                {
                    tokens.Add(words[w]);
                    tags.Add(label == "O" ? "O" : (w == 0 ? "B-" : "I-") + label);
                }
            }
            switch (i % 3)
            {
                case 0:
                    Add("Menurut", "O"); Add(person, "PER"); Add(", harga beras di", "O"); Add(place, "LOC"); Add("naik .", "O");
                    break;
                case 1:
                    Add("Kemarin", "O"); Add(person, "PER"); Add("pergi ke", "O"); Add(place, "LOC"); Add("bersama staf", "O"); Add(org, "ORG"); Add(".", "O");
                    break;
                default:
                    Add(org, "ORG"); Add("melaporkan bahwa warga", "O"); Add(place, "LOC"); Add("mulai menanam padi , kata", "O"); Add(person, "PER"); Add(".", "O");
                    break;
            }
            result.Add(new ConllSentence([.. tokens], [.. tags]));
        }
        return result;
    }

    /// <summary>The sentences as CoNLL text with CRLF line ends.</summary>
    public static string ToConll(IEnumerable<ConllSentence> sentences) =>
        string.Join("\r\n", sentences.Select(s => string.Concat(s.Tokens.Zip(s.Tags, (t, g) => $"{t} X {g}\r\n"))));
}
