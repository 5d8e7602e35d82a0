namespace Microfactory.Server.Components.Shopfloor;

/// <summary>
/// An alarm still true as the dashboard lists it: <see cref="State"/> open (nobody has seen it yet: it can be
/// acknowledged) or acknowledged; <see cref="Kind"/> and <see cref="Severity"/> by their wire names; the message with
/// machine ids put into the machine's name.
/// </summary>
internal sealed record FloorAlarm(string Id, string Kind, string Severity, string State, string MachineId, string MachineName, string Message, DateTimeOffset RaisedAt, DateTimeOffset? AcknowledgedAt);
