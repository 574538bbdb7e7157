namespace NewsNlp.Numbers;

/// <summary>What kind of number expression a <see cref="NumberMatch"/> is.</summary>
/// <remarks>
/// Only <see cref="Cardinal"/>, <see cref="Approximate"/> and <see cref="Range"/> can be quantities
/// of a claim. <see cref="Ordinal"/>, <see cref="Year"/>, <see cref="Time"/> and <see cref="Date"/>
/// are reported so that callers can keep them out of claims (see <see cref="NumberMatchExtensions.IsQuantity"/>).
/// </remarks>
public enum NumberKind
{
    /// <summary>A count or amount: <c>10.000</c>, <c>1,5 juta</c>, <c>sepuluh ribu</c>.</summary>
    Cardinal,
    /// <summary>An approximate plural: <c>ratusan</c>, <c>puluhan ribu</c> (Low/High give the interval).</summary>
    Approximate,
    /// <summary>A range: <c>10-15</c>, <c>10 hingga 15</c>, <c>antara 10 dan 15</c>.</summary>
    Range,
    /// <summary>An ordinal: <c>ke-3</c>, <c>ketiga</c>, <c>pertama</c>. Never a count.</summary>
    Ordinal,
    /// <summary>
    /// A year or a span of years, never a count: <c>tahun 2025</c>, <c>pada 2014</c>, <c>2014-2019</c>,
    /// a decade <c>1990-an</c> (Value 1990, Low 1990, High 1999).
    /// </summary>
    Year,
    /// <summary>A clock time, never a count: <c>pukul 14.30</c>, <c>14.30 WIB</c>, <c>08:15</c> (Value = hours, e.g. 14.5).</summary>
    Time,
    /// <summary>
    /// A calendar date or its day number, never a count: <c>31/12/2024</c>, <c>27/12</c>, the <c>17</c> of <c>17 Desember</c>.
    /// Value is the day of the month.
    /// </summary>
    Date,
}

/// <summary>Helpers over <see cref="NumberMatch"/>.</summary>
public static class NumberMatchExtensions
{
    /// <summary>True for the kinds a claim can count: cardinal, approximate plural and range.</summary>
    public static bool IsQuantity(this NumberMatch match) =>
        match.Kind is NumberKind.Cardinal or NumberKind.Approximate or NumberKind.Range;
}
