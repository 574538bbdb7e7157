namespace NewsNlp.Numbers;

/// <summary>What kind of number expression a <see cref="NumberMatch"/> is.</summary>
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
}
