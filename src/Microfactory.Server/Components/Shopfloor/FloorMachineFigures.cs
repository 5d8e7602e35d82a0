namespace Microfactory.Server.Components.Shopfloor;

/// <summary>
/// One machine's figures for the factory-local day so far: parts counted (good, scrap), energy metered (kWh) and kWh
/// per good part (null before the first good part).
/// </summary>
internal sealed record FloorMachineFigures(string MachineId, long Good, long Scrap, double EnergyKwh, double? KwhPerGood);
