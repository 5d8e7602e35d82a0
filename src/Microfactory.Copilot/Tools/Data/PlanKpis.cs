namespace Microfactory.Copilot.Tools.Data;

/// <summary>The key figures of a plan version.</summary>
/// <param name="OnTimeRate">Share of orders finished by their promise, 0–1.</param>
/// <param name="WeightedTardinessHours">Sum of priority-weighted lateness.</param>
/// <param name="MakespanHours">From the plan's start to its last operation's end.</param>
/// <param name="Utilisation">Share of the machines' available time that is planned work, 0–1.</param>
/// <param name="EnergyKwh">Planned energy.</param>
/// <param name="EnergyCost">Planned energy cost.</param>
/// <param name="Currency">ISO 4217 code of <paramref name="EnergyCost"/>.</param>
/// <param name="KgCo2e">Planned process emissions.</param>
public sealed record PlanKpis(
    decimal OnTimeRate, decimal WeightedTardinessHours, decimal MakespanHours, decimal Utilisation, decimal EnergyKwh, decimal EnergyCost,
    string Currency, decimal KgCo2e);
