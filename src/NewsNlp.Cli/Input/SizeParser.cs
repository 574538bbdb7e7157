using System.Globalization;

namespace NewsNlp.Cli.Input;

/// <summary>Reads and prints sizes like <c>500k</c>, <c>10M</c>, <c>1G</c> (powers of 1024) or plain bytes.</summary>
internal static class SizeParser
{
    /// <summary>Parses <paramref name="text"/>; false when it is not a positive size.</summary>
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var s = text.Trim();
        if (s.Length > 1 && (s[^1] == 'B' || s[^1] == 'b'))
            s = s[..^1];
        long multiplier = 1;
        if (s.Length > 0)
        {
            multiplier = char.ToUpperInvariant(s[^1]) switch
            {
                'K' => 1L << 10,
                'M' => 1L << 20,
                'G' => 1L << 30,
                _ => 1,
            };
            if (multiplier != 1)
                s = s[..^1];
        }
        if (!double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0 || value * multiplier > int.MaxValue)
            return false;
        bytes = (long)(value * multiplier);
        return bytes > 0;
    }

    /// <summary>A short human size: <c>512 B</c>, <c>12.3 KB</c>, <c>10 MB</c>.</summary>
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        < 1024L * 1024 * 1024 => (bytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        _ => (bytes / 1073741824.0).ToString("0.#", CultureInfo.InvariantCulture) + " GB",
    };
}
