namespace Microfactory.Server.Features.Plans;

/// <summary>
/// How good a plan version is. <see cref="OnTimeRate"/> is the share of orders with a due date whose every unit ends
/// by it (null when no order has one); tardiness is in minutes times the job weights; energy in kWh, its cost in
/// <see cref="Currency"/> at the hours it is drawn, emissions in kg CO2e at the grid intensity of those hours.
/// </summary>
internal sealed record PlanKpis(
    double? OnTimeRate,
    double TotalWeightedTardinessMinutes,
    DateTimeOffset? MakespanEnd,
    IReadOnlyList<MachineUtilisation> Utilisation,
    double EnergyKwh,
    decimal EnergyCost,
    string Currency,
    double KgCo2e,
    int Operations,
    int LateOperations);
