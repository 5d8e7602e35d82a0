namespace Microfactory.Planning.Model;

/// <summary>
/// Electricity price and grid carbon intensity per hour. Hour <c>h</c> covers ticks
/// [h·<see cref="TicksPerHour"/>, (h+1)·<see cref="TicksPerHour"/>); the lists repeat
/// cyclically (a 24-entry list is a daily profile).
/// </summary>
/// <param name="TicksPerHour">How many ticks make an hour, at least 1 (3600 for seconds, 60 for minutes).</param>
/// <param name="PricePerKwh">Price per kWh for each hour, at least one entry.</param>
/// <param name="KgCo2ePerKwh">Grid intensity in kg CO2e per kWh for each hour, at least one entry.</param>
public sealed record EnergyProfile(long TicksPerHour, IReadOnlyList<decimal> PricePerKwh, IReadOnlyList<double> KgCo2ePerKwh)
{
    /// <summary>Price of the hour containing <paramref name="hour"/>.</summary>
    public decimal PriceAt(long hour) => PricePerKwh[(int)(hour % PricePerKwh.Count)];

    /// <summary>Carbon intensity of the hour containing <paramref name="hour"/>.</summary>
    public double IntensityAt(long hour) => KgCo2ePerKwh[(int)(hour % KgCo2ePerKwh.Count)];
}
