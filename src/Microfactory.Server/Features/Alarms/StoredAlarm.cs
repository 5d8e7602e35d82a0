using Microfactory.Shopfloor.Alarms;

namespace Microfactory.Server.Features.Alarms;

/// <summary>
/// One row of <c>alarms</c>: what the rules raised (<see cref="Key"/> is <see cref="Alarm.Key"/>), when it cleared and why,
/// and who acknowledged it, when, with what note. Raised, cleared and acknowledged are each set once.
/// </summary>
internal sealed record StoredAlarm(
    string Id,
    string FactoryId,
    AlarmKind Kind,
    AlarmSeverity Severity,
    string MachineId,
    string? OperationId,
    string Key,
    string Message,
    DateTimeOffset RaisedAt,
    DateTimeOffset? ClearedAt,
    string? ClearReason,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    string? AckNote)
{
    public AlarmState State => ClearedAt is not null ? AlarmState.Cleared : AcknowledgedAt is not null ? AlarmState.Acknowledged : AlarmState.Open;

    /// <summary>The alarm as the rules know it (its key is the stored one: both are to the millisecond).</summary>
    public Alarm ToAlarm() => new(Kind, MachineId, OperationId, RaisedAt, Severity, Message);
}
