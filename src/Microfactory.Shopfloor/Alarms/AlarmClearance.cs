namespace Microfactory.Shopfloor.Alarms;

/// <summary>An open alarm (by its <paramref name="Key"/>) that is no longer true: clear it as of <paramref name="ClearedAt"/>, for the <paramref name="Reason"/> given in plain words.</summary>
public sealed record AlarmClearance(string Key, AlarmKind Kind, string MachineId, string? OperationId, DateTimeOffset ClearedAt, string Reason);
