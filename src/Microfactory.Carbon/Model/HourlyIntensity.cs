namespace Microfactory.Carbon.Model;

/// <summary>The grid intensity of one clock hour.</summary>
/// <param name="HourStart">Start of the hour in the factory's local time, on a whole hour.</param>
/// <param name="KgCo2ePerKwh">kg CO2e per kWh in that hour, at least 0.</param>
public sealed record HourlyIntensity(DateTime HourStart, decimal KgCo2ePerKwh);
