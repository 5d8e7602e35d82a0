using System.Globalization;
using Microfactory.Shopfloor.Machines;

namespace Microfactory.Shopfloor.Telemetry;

/// <summary>
/// The rules of a telemetry message, the same for MQTT and HTTP: an <c>id</c> (1–100 characters) or a <c>seq</c>
/// (≥ 0), not both; <c>at</c> within <see cref="TelemetryLimits.MaxAge"/> behind and
/// <see cref="TelemetryLimits.MaxClockAhead"/> ahead of <c>now</c>; per kind the fields of that kind and no others
/// (state: <c>state</c>, <c>reason</c>?, <c>operationId</c>?; count: <c>good</c>, <c>scrap</c>, <c>operationId</c>?;
/// energy: <c>kwh</c>). Every problem names its field with <c>prefix</c> in front (<c>messages[3].good</c>).
/// </summary>
public static class TelemetryValidator
{
    /// <summary>Checks <paramref name="payload"/> as a <paramref name="kind"/> message of a machine at <paramref name="now"/> (the server's clock).</summary>
    public static TelemetryResult Validate(string? factoryId, string? machineId, TelemetryKind kind, TelemetryPayload payload, DateTimeOffset now, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(payload);
        var problems = new List<TelemetryProblem>();
        void Add(string field, string rule, TelemetryRejection reason = TelemetryRejection.Invalid) => problems.Add(new TelemetryProblem(prefix + field, $"{prefix}{field}: {rule}", reason));

        Id("factoryId", factoryId, required: true, TelemetryLimits.MaxIdLength, Add);
        Id("machineId", machineId, required: true, TelemetryLimits.MaxIdLength, Add);
        MessageKey? key = null;
        if (payload.Id is not null && payload.Seq is not null)
        {
            Add("seq", "give id or seq, not both.");
        }
        else if (payload.Id is not null)
        {
            if (Id("id", payload.Id, required: true, TelemetryLimits.MaxIdLength, Add))
            {
                key = MessageKey.FromId(payload.Id);
            }
        }
        else if (payload.Seq is { } seq)
        {
            if (seq < 0)
            {
                Add("seq", "must be ≥ 0.");
            }
            else
            {
                key = MessageKey.FromSeq(seq);
            }
        }
        else
        {
            Add("id", "is required: every message carries an id (text) or a seq (whole number, increasing per machine and kind) so that a repeated delivery counts once.");
        }

        DateTimeOffset? at = null;
        if (payload.At is not { } sent)
        {
            Add("at", "is required (an RFC 3339 date-time with offset, 2026-12-02T08:00:00Z).");
        }
        else if (sent > now + TelemetryLimits.MaxClockAhead)
        {
            Add("at", $"is {Iso(sent)}, more than {TelemetryLimits.MaxClockAhead.TotalMinutes:0} minutes ahead of the server's clock ({Iso(now)}).", TelemetryRejection.FromTheFuture);
        }
        else if (sent < now - TelemetryLimits.MaxAge)
        {
            Add("at", $"is {Iso(sent)}, more than {TelemetryLimits.MaxAge.TotalDays:0} days before the server's clock ({Iso(now)}).", TelemetryRejection.TooOld);
        }
        else
        {
            at = TelemetryTimes.Truncate(sent);
        }

        TelemetryMessage? message = kind switch
        {
            TelemetryKind.State => State(factoryId, machineId, key, at, payload, Add),
            TelemetryKind.Count => Count(factoryId, machineId, key, at, payload, Add),
            _ => Energy(factoryId, machineId, key, at, payload, Add),
        };
        return problems.Count == 0 && message is not null ? TelemetryResult.Valid(message) : new TelemetryResult(null, problems);
    }

    private static StateReport? State(string? factoryId, string? machineId, MessageKey? key, DateTimeOffset? at, TelemetryPayload p, Action<string, string, TelemetryRejection> add)
    {
        NotOfKind("state", p.Good, "good", add);
        NotOfKind("state", p.Scrap, "scrap", add);
        NotOfKind("state", p.Kwh, "kwh", add);
        MachineState state = default;
        if (p.State is null)
        {
            add("state", $"is required: one of {string.Join(", ", MachineStates.Names)}.", TelemetryRejection.Invalid);
        }
        else if (!MachineStates.TryParse(p.State, out state))
        {
            add("state", $"must be one of {string.Join(", ", MachineStates.Names)}.", TelemetryRejection.Invalid);
        }
        var reasonOk = Text("reason", p.Reason, TelemetryLimits.MaxReasonLength, add);
        var operationOk = Id("operationId", p.OperationId, required: false, TelemetryLimits.MaxIdLength, add);
        return key is { } k && at is { } a && p.State is not null && MachineStates.TryParse(p.State, out _) && reasonOk && operationOk && Valid(factoryId, machineId)
            ? new StateReport(factoryId!, machineId!, k, a, state, string.IsNullOrWhiteSpace(p.Reason) ? null : p.Reason.Trim(), p.OperationId)
            : null;
    }

    private static CountReport? Count(string? factoryId, string? machineId, MessageKey? key, DateTimeOffset? at, TelemetryPayload p, Action<string, string, TelemetryRejection> add)
    {
        NotOfKind("count", p.State, "state", add);
        NotOfKind("count", p.Reason, "reason", add);
        NotOfKind("count", p.Kwh, "kwh", add);
        var good = Parts("good", p.Good, add);
        var scrap = Parts("scrap", p.Scrap, add);
        var operationOk = Id("operationId", p.OperationId, required: false, TelemetryLimits.MaxIdLength, add);
        return key is { } k && at is { } a && good is { } g && scrap is { } s && operationOk && Valid(factoryId, machineId)
            ? new CountReport(factoryId!, machineId!, k, a, g, s, p.OperationId)
            : null;
    }

    private static EnergyReport? Energy(string? factoryId, string? machineId, MessageKey? key, DateTimeOffset? at, TelemetryPayload p, Action<string, string, TelemetryRejection> add)
    {
        NotOfKind("energy", p.State, "state", add);
        NotOfKind("energy", p.Reason, "reason", add);
        NotOfKind("energy", p.Good, "good", add);
        NotOfKind("energy", p.Scrap, "scrap", add);
        NotOfKind("energy", p.OperationId, "operationId", add);
        double? kwh = null;
        if (p.Kwh is not { } value)
        {
            add("kwh", "is required: the energy meter's cumulative reading in kWh.", TelemetryRejection.Invalid);
        }
        else if (!double.IsFinite(value) || value < 0)
        {
            add("kwh", "must be ≥ 0.", TelemetryRejection.Invalid);
        }
        else if (value > TelemetryLimits.MaxKwh)
        {
            add("kwh", $"must be at most {TelemetryLimits.MaxKwh.ToString("0", CultureInfo.InvariantCulture)}.", TelemetryRejection.Invalid);
        }
        else
        {
            kwh = value;
        }
        return key is { } k && at is { } a && kwh is { } e && Valid(factoryId, machineId)
            ? new EnergyReport(factoryId!, machineId!, k, a, e)
            : null;
    }

    private static long? Parts(string field, long? value, Action<string, string, TelemetryRejection> add)
    {
        if (value is not { } v)
        {
            add(field, "is required: a whole number of parts ≥ 0 (0 when none).", TelemetryRejection.Invalid);
            return null;
        }
        if (v < 0)
        {
            add(field, "must be ≥ 0.", TelemetryRejection.Invalid);
            return null;
        }
        if (v > TelemetryLimits.MaxPartsPerMessage)
        {
            add(field, $"must be at most {TelemetryLimits.MaxPartsPerMessage} in one message.", TelemetryRejection.Invalid);
            return null;
        }
        return v;
    }

    private static void NotOfKind<T>(string kind, T? value, string field, Action<string, string, TelemetryRejection> add)
    {
        if (value is not null)
        {
            add(field, $"is not a field of {kind} messages.", TelemetryRejection.Invalid);
        }
    }

    private static bool Id(string field, string? value, bool required, int maxLength, Action<string, string, TelemetryRejection> add)
    {
        if (value is null)
        {
            if (required)
            {
                add(field, "is required.", TelemetryRejection.Invalid);
            }
            return !required;
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            add(field, "must not be empty.", TelemetryRejection.Invalid);
            return false;
        }
        if (value.Length > maxLength)
        {
            add(field, $"is at most {maxLength} characters long.", TelemetryRejection.Invalid);
            return false;
        }
        if (value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '/' or '+' or '#'))
        {
            add(field, "must not contain spaces, control characters, '/', '+' or '#'.", TelemetryRejection.Invalid);
            return false;
        }
        return true;
    }

    private static bool Text(string field, string? value, int maxLength, Action<string, string, TelemetryRejection> add)
    {
        if (value is null)
        {
            return true;
        }
        if (value.Length > maxLength)
        {
            add(field, $"is at most {maxLength} characters long.", TelemetryRejection.Invalid);
            return false;
        }
        if (value.Any(char.IsControl))
        {
            add(field, "must not contain control characters.", TelemetryRejection.Invalid);
            return false;
        }
        return true;
    }

    private static bool Valid(string? factoryId, string? machineId) => factoryId is not null && machineId is not null;

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);
}
