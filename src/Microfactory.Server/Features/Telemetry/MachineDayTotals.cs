namespace Microfactory.Server.Features.Telemetry;

/// <summary>What one machine reported within a window: good and scrap parts counted, and the energy its meter measured (kWh, 0 or more).</summary>
internal sealed record MachineDayTotals(long Good, long Scrap, double EnergyKwh);
