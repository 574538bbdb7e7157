namespace NewsNlp.Tokenization;

/// <summary>What a token is, as the tokenizer sees it.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, including hyphenated words and reduplication (<c>negara-negara</c>).</summary>
    Word,
    /// <summary>A number as written: <c>10.000</c>, <c>1,5</c>, <c>30%</c> is a number and a symbol.</summary>
    Number,
    /// <summary>Digits with a unit or multiplier glued after them: <c>3ribu</c>, <c>5km</c>, <c>10jt</c>. (Currencies glued before digits are separate <see cref="Currency"/> tokens.)</summary>
    NumberWithUnit,
    /// <summary>An ordinal written with digits: <c>ke-3</c>.</summary>
    Ordinal,
    /// <summary>A date written with digits: <c>31/12/2024</c>, <c>27/12</c>.</summary>
    Date,
    /// <summary>A clock time: <c>14.30</c>, <c>08:15</c>.</summary>
    Time,
    /// <summary>
    /// An abbreviation: <c>Jl</c>, <c>dll</c>, <c>Dr</c> or an initial <c>P</c> before its dot, which is the next token
    /// (as UD Indonesian GSD writes <c>Dr .</c>); an initialism with inner dots keeps them all: <c>S.H.</c>, <c>a.n.</c>, <c>B.J.</c>.
    /// </summary>
    Abbreviation,
    /// <summary>Punctuation: quotes, brackets, dashes, sentence marks, ellipses.</summary>
    Punctuation,
    /// <summary>A symbol that is not punctuation or currency: <c>%</c>, <c>+</c>, <c>°</c>.</summary>
    Symbol,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A hashtag: <c>#Pemilu2024</c>.</summary>
    Hashtag,
    /// <summary>A mention: <c>@detikcom</c>.</summary>
    Mention,
    /// <summary>An emoji or pictograph, with its modifiers and joiners.</summary>
    Emoji,
    /// <summary>Anything else (control characters, unassigned code points, lone surrogates).</summary>
    Other,
    /// <summary>
    /// A currency sign or code before an amount: <c>Rp</c> of <c>Rp1,5</c>, <c>US</c> and <c>$</c> of
    /// <c>US$500.000</c>, <c>€</c>. Universal Dependencies Indonesian writes <c>Rp42,03</c> as two tokens
    /// (<c>Rp</c> + <c>42,03</c>), and so does this tokenizer; the amount is the next token.
    /// </summary>
    Currency,
}
