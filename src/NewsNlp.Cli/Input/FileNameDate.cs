using System.Globalization;

namespace NewsNlp.Cli.Input;

/// <summary>
/// A publication date written in a file's name, as news archives name their files
/// (<c>detik-2024-12-31-kim-putin.txt</c>, <c>2024_12_31 banjir.txt</c>): the first valid <c>YYYY-MM-DD</c>
/// (or with <c>_</c> or <c>.</c>) in the name, not in its folders.
/// </summary>
internal static class FileNameDate
{
    /// <summary>The date in the name of <paramref name="path"/>, or null.</summary>
    public static DateOnly? Find(string path)
    {
        var name = Path.GetFileName(path.AsSpan());
        for (var i = 0; i + 10 <= name.Length; i++)
        {
            if (i > 0 && char.IsAsciiDigit(name[i - 1])) continue;
            var s = name.Slice(i, 10);
            var sep = s[4];
            if (sep is not ('-' or '_' or '.') || s[7] != sep || (i + 10 < name.Length && char.IsAsciiDigit(name[i + 10]))) continue;
            if (!AllDigits(s[..4]) || !AllDigits(s[5..7]) || !AllDigits(s[8..10])) continue;
            var year = int.Parse(s[..4], CultureInfo.InvariantCulture);
            var month = int.Parse(s[5..7], CultureInfo.InvariantCulture);
            var day = int.Parse(s[8..10], CultureInfo.InvariantCulture);
            if (year is >= 1900 and <= 2199 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                return new DateOnly(year, month, day);
        }
        return null;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
