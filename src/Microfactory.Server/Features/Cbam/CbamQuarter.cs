using System.Globalization;

namespace Microfactory.Server.Features.Cbam;

/// <summary>A CBAM reporting period: a calendar quarter of a year (2000–2100), written <c>YYYY-Qn</c>.</summary>
internal readonly record struct CbamQuarter(int Year, int Quarter)
{
    /// <summary>Parses <c>YYYY-Qn</c> (n 1–4); null for anything else.</summary>
    public static CbamQuarter? Parse(string? text)
    {
        if (text is not { Length: 7 } || text[4] != '-' || text[5] != 'Q' || text[6] is < '1' or > '4'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            return null;
        }
        return new CbamQuarter(year, text[6] - '0');
    }

    /// <summary>The first day of the quarter (a local calendar date).</summary>
    public DateOnly FirstDay => new(Year, ((Quarter - 1) * 3) + 1, 1);

    /// <summary>The first day after the quarter.</summary>
    public DateOnly EndExclusive => FirstDay.AddMonths(3);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Quarter}");
}
