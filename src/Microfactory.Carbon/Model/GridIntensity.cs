namespace Microfactory.Carbon.Model;

/// <summary>
/// Grid carbon intensity per clock hour of the factory's local time: either a daily profile of 24 values
/// (hour 0 = 00:00–01:00, repeated every day) or a timeline of specific hours.
/// </summary>
public sealed record GridIntensity
{
    private GridIntensity(string source, IReadOnlyList<decimal>? daily, IReadOnlyList<HourlyIntensity>? timeline)
    {
        Source = source;
        DailyKgCo2ePerKwh = daily;
        Timeline = timeline;
        lookup = timeline?.GroupBy(h => h.HourStart).ToDictionary(g => g.Key, g => g.First().KgCo2ePerKwh);
    }

    private readonly Dictionary<DateTime, decimal>? lookup;

    /// <summary>Name of the data source (for example <c>Electricity Maps, DE, 2025 hourly, location-based</c>).</summary>
    public string Source { get; }

    /// <summary>The 24 hourly values of a daily profile in kg CO2e per kWh, or null for a timeline.</summary>
    public IReadOnlyList<decimal>? DailyKgCo2ePerKwh { get; }

    /// <summary>The hours of a timeline, or null for a daily profile.</summary>
    public IReadOnlyList<HourlyIntensity>? Timeline { get; }

    /// <summary>A daily profile: <paramref name="kgCo2ePerKwh"/>[h] applies to h:00–h+1:00 local time every day.</summary>
    public static GridIntensity Daily(string source, IReadOnlyList<decimal> kgCo2ePerKwh) => new(source, kgCo2ePerKwh, null);

    /// <summary>A timeline of specific local hours; an hour that energy falls into must be present.</summary>
    public static GridIntensity Hourly(string source, IReadOnlyList<HourlyIntensity> hours) => new(source, null, hours);

    /// <summary>The intensity (kg CO2e per kWh) of the hour starting at <paramref name="hourStart"/>, or null when the timeline lacks it.</summary>
    public decimal? At(DateTime hourStart)
    {
        if (DailyKgCo2ePerKwh is not null)
        {
            return DailyKgCo2ePerKwh[hourStart.Hour];
        }
        return lookup!.TryGetValue(hourStart, out var value) ? value : null;
    }
}
