namespace Microfactory.Shopfloor.Alarms;

/// <summary>
/// The current picture of a factory at <paramref name="Now"/>: every machine, and every operation that is started or was
/// open when the alarms were last evaluated. An open alarm about a machine or operation missing here is cleared.
/// </summary>
public sealed record AlarmObservations(DateTimeOffset Now, IReadOnlyList<MachineObservation> Machines, IReadOnlyList<OperationObservation> Operations);
