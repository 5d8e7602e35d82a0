namespace Microfactory.Server.Features.Plans;

/// <summary>Share of a machine's working hours (shifts minus downtime) between now and the plan's end that planned work occupies, 0–1.</summary>
internal sealed record MachineUtilisation(string MachineId, double Rate);
