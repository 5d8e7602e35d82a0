using System.Text.Json.Serialization;
using Microfactory.Server.Api;
using Microfactory.Shopfloor.Alarms;

namespace Microfactory.Server.Features.Alarms;

/// <summary>Body of POST /alarms/{id}/ack: an optional note for the next shift (at most 500 characters, may span lines).</summary>
internal sealed record AlarmAckInput([property: JsonConverter(typeof(MultiLineTextConverter))] string? Note);

/// <summary>
/// An alarm on the wire. <c>kind</c> is machineDown (severity critical), operationOverrun or energyOutOfBand (warning);
/// <c>state</c> is open, acknowledged (still true, seen by someone) or cleared (no longer true; <c>clearedAt</c> and
/// <c>clearReason</c> say when and why). <c>acknowledgedBy</c> is the user id of whoever acknowledged it, with their <c>note</c>.
/// </summary>
internal sealed record AlarmResponse(
    string Id,
    string FactoryId,
    AlarmKind Kind,
    AlarmSeverity Severity,
    AlarmState State,
    string MachineId,
    string? OperationId,
    string Message,
    DateTimeOffset RaisedAt,
    DateTimeOffset? ClearedAt,
    string? ClearReason,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    string? Note)
{
    public static AlarmResponse From(StoredAlarm a) =>
        new(a.Id, a.FactoryId, a.Kind, a.Severity, a.State, a.MachineId, a.OperationId, a.Message, a.RaisedAt, a.ClearedAt, a.ClearReason, a.AcknowledgedAt, a.AcknowledgedBy, a.AckNote);
}
