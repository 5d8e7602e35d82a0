using System.Globalization;

namespace Microfactory.Shopfloor.Alarms;

/// <summary>
/// A raised alarm. <see cref="Key"/> identifies it (kind, machine, operation and the instant it was raised, to the millisecond, so a store that keeps microseconds gives back the same key), so
/// the same observations always give the same key and a store can insert it idempotently. <see cref="Condition"/> is the key
/// without the instant: at most one alarm per condition is open at a time. <paramref name="Message"/> is plain words for people.
/// </summary>
public sealed record Alarm(AlarmKind Kind, string MachineId, string? OperationId, DateTimeOffset RaisedAt, AlarmSeverity Severity, string Message)
{
    /// <summary>Kind, machine and operation, separated by <c>|</c>: what the alarm is about.</summary>
    public string Condition => ConditionOf(Kind, MachineId, OperationId);

    /// <summary><see cref="Condition"/> plus the UTC instant it was raised: <c>machine-down|mch_1||2026-11-30T02:00:00.000Z</c>.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Condition}|{RaisedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}");

    internal static string ConditionOf(AlarmKind kind, string machineId, string? operationId) => $"{AlarmKinds.Name(kind)}|{machineId}|{operationId}";
}
