using FsCheck;
using FsCheck.Fluent;

namespace NewsNlp.Tests.Reliability;

/// <summary>Generators of text a crawler might bring: every plane, broken surrogates, controls, news fragments.</summary>
internal static class HostileText
{
    private static readonly string[] Fragments =
    [
        "10.000", "1,5", "Rp1,5 triliun", "US$500.000", "30%", "ke-3", "1990-an", "3ribu", "31/12/2024", "(27/12)",
        "14.30 WIB", "Jl.", "dll.", "S.H.", "B.J. Habibie", "negara-negara", "Kim Jong-un", "tentaranya", "kulihat",
        "lebih dari", "sedikitnya", "sekitar", "antara", "dan", "hingga", "ratusan", "puluhan ribu", "Korut", "AS",
        "Presiden", "Putin", "KCNA", "Selasa", "Desember", "lalu", "tahun", "https://contoh.id/a?b=1", "a@b.id",
        "#Pemilu", "@akun", "\U0001F600", "\U0001F469\u200D\U0001F469\u200D\U0001F467", "\u201C", "\u201D", "\u2018",
        "...", "\u2026", "\u2013", "\u2014", "-", "(", ")", "[", "]", ".", ",", "!", "?", "\"", "'", "\n", "\r\n", "\t", " ", "  ",
        "\u0000", "\u0007", "\uFEFF", "\u200B", "\u202E", "\u05E9\u05DC\u05D5\u05DD", "\u0627\u0644\u0633\u0644\u0627\u0645",
        "e\u0301\u0301\u0301", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uFFFF", "9", "0", "-5", "+62",
    ];

    /// <summary>Single chars from anywhere in UTF-16, lone surrogates included.</summary>
    public static Gen<string> AnyChar { get; } = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());

    /// <summary>Text made of news fragments, random chars and separators.</summary>
    public static Arbitrary<string> Text { get; } = Gen.Frequency(
            (6, Gen.Elements(Fragments)),
            (2, AnyChar),
            (2, Gen.Elements(" ", " ", "\n", ". ")))
        .ListOf()
        .Select(parts => string.Concat(parts))
        .ToArbitrary();
}
