namespace Microfactory.Carbon.Model;

/// <summary>Electricity drawn over an interval of the factory's local time, spread evenly over it.</summary>
/// <param name="Start">Start, the factory's local wall-clock time (inclusive).</param>
/// <param name="End">End, the factory's local wall-clock time (exclusive), after <paramref name="Start"/>.</param>
/// <param name="Kwh">Energy in kWh over the interval, at least 0.</param>
public sealed record EnergyInterval(DateTime Start, DateTime End, decimal Kwh);
