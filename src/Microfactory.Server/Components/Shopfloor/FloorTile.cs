namespace Microfactory.Server.Components.Shopfloor;

/// <summary>
/// One machine as the shop-floor dashboard shows and pushes it: its reported state (off, idle, setup, running, down)
/// since when, the operation it reports working on (id and words for people), why (the report's reason), and where the
/// report came from (<see cref="Source"/>: null before the machine's first report, when it is off since its creation).
/// </summary>
internal sealed record FloorTile(string MachineId, string State, DateTimeOffset? Since, string? OperationId, string? OperationLabel, string? Reason, string? Source);
