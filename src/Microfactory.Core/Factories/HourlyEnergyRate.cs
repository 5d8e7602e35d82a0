namespace Microfactory.Core.Factories;

/// <summary>
/// Electricity at one hour of the local day: the tariff in the factory's currency per kWh and
/// the grid's carbon intensity in kg CO2e per kWh. <see cref="Hour"/> is 0–23; the rate holds from
/// <c>Hour:00</c> to <c>Hour+1:00</c> local time.
/// </summary>
public sealed record HourlyEnergyRate(int Hour, decimal PricePerKwh, double GridKgCo2ePerKwh);
