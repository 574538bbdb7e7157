using System.Globalization;

namespace NewsNlp.Dates;

/// <summary>ISO 8601 formatting and resolution of partial dates against a reference date.</summary>
internal static class DateMath
{
    /// <summary>How far ahead a day and month without a year may resolve when the text gives no direction.</summary>
    public const int ForwardDays = 62;

    /// <summary>A direction for <see cref="ResolveMonth"/>: the first such month on or after the reference month (a target or plan).</summary>
    public const int OnOrAfter = 2;

    /// <summary>How far ahead a month without a year may resolve when the text gives no direction.</summary>
    public const int ForwardMonths = 2;

    /// <summary><c>2024-12-31</c>.</summary>
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>2024-12</c>.</summary>
    public static string Month(int year, int month) =>
        year.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary><c>2025</c>.</summary>
    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>ISO week: <c>2024-W52</c>.</summary>
    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return ISOWeek.GetYear(dt).ToString("D4", CultureInfo.InvariantCulture) + "-W" +
               ISOWeek.GetWeekOfYear(dt).ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>A decade as ISO 8601-2 / EDTF writes it: <c>199X</c> for 1990-1999.</summary>
    public static string Decade(int startYear) => (startYear / 10).ToString("D3", CultureInfo.InvariantCulture) + "X";

    /// <summary>A century as ISO 8601 writes it, its first two digits: <c>18</c> for the 19th century (abad ke-19).</summary>
    public static string Century(int ordinal) => (ordinal - 1).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>True when day/month(/year) form a real date (a missing year allows 29 February).</summary>
    public static bool Valid(int day, int month, int year = 0) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 0 and <= 9999 &&
        day <= DateTime.DaysInMonth(year is >= 1 ? year : 2024, month);

    /// <summary>
    /// The year for a day and month written without one: with <paramref name="direction"/> -1 the latest
    /// on or before the reference, +1 the earliest on or after it, 0 the latest on or before it unless the
    /// next one is nearer and within <see cref="ForwardDays"/> days (news is past tense, but plans are near).
    /// A weekday written with it picks among the years when one agrees with it. Null when nothing fits within a year on either side.
    /// </summary>
    public static DateOnly? ResolveDayMonth(DateOnly reference, int day, int month, int direction, DayOfWeek? weekday) =>
        (weekday is null ? null : Resolve(reference, day, month, direction, weekday)) ?? Resolve(reference, day, month, direction, null);

    private static DateOnly? Resolve(DateOnly reference, int day, int month, int direction, DayOfWeek? weekday)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (!Valid(day, month, year)) continue;
            var candidate = new DateOnly(year, month, day);
            var distance = candidate.DayNumber - reference.DayNumber;
            if (direction < 0 && distance > 0) continue;
            if (direction > 0 && distance < 0) continue;
            if (weekday is { } w && candidate.DayOfWeek != w) continue;
            var abs = Math.Abs(distance);
            if (direction == 0 && distance > ForwardDays) continue;
            if (abs < bestDistance || (abs == bestDistance && distance < 0))
            {
                best = candidate;
                bestDistance = abs;
            }
        }
        return best;
    }

    /// <summary>
    /// A weekday alone: the latest such day on or before the reference (news is past tense);
    /// with <paramref name="direction"/> -1 strictly before, +1 strictly after.
    /// </summary>
    public static DateOnly ResolveWeekday(DateOnly reference, DayOfWeek weekday, int direction)
    {
        var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
        if (direction > 0)
        {
            var forward = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
            return reference.AddDays(forward == 0 ? 7 : forward);
        }
        if (direction < 0 && back == 0) back = 7;
        return reference.AddDays(-back);
    }

    /// <summary>
    /// A month written without a year: -1 the latest such month before the reference month, +1 the
    /// first after it, 0 the latest on or before the reference month unless the next one is at most
    /// <see cref="ForwardMonths"/> months ahead, <see cref="OnOrAfter"/> the first on or after the reference month.
    /// </summary>
    public static (int Year, int Month) ResolveMonth(DateOnly reference, int month, int direction)
    {
        var diff = month - reference.Month; // -11..11
        if (direction == OnOrAfter) return diff >= 0 ? (reference.Year, month) : (reference.Year + 1, month);
        if (direction < 0) return diff < 0 ? (reference.Year, month) : (reference.Year - 1, month);
        if (direction > 0) return diff > 0 ? (reference.Year, month) : (reference.Year + 1, month);
        var ahead = (diff + 12) % 12;
        if (ahead is > 0 and <= ForwardMonths)
            return diff > 0 ? (reference.Year, month) : (reference.Year + 1, month);
        return diff <= 0 ? (reference.Year, month) : (reference.Year - 1, month);
    }
}
