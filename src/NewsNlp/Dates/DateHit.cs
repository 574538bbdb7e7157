namespace NewsNlp.Dates;

/// <summary>How precise a date expression is.</summary>
internal enum DatePrecision : byte
{
    None,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

/// <summary>
/// A date expression over pieces <c>[First, End)</c>: its ISO value (null when it cannot be resolved),
/// and what the text itself says, so the dateline detector can finish a <c>(27/12)</c> with a year found elsewhere.
/// </summary>
internal readonly record struct DateHit(int First, int End, string? Value, DatePrecision Precision)
{
    /// <summary>Day of month the text gives (0 when none).</summary>
    public int Day { get; init; }

    /// <summary>Gregorian month the text gives (0 when none).</summary>
    public int Month { get; init; }

    /// <summary>Year the text gives (0 when none).</summary>
    public int Year { get; init; }

    /// <summary>Weekday the text gives, if any.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>True for the dateline shape: a weekday with a bracketed numeric date, <c>Selasa (31/12/2024)</c>, <c>Jumat (27/12)</c>.</summary>
    public bool Dateline { get; init; }
}
