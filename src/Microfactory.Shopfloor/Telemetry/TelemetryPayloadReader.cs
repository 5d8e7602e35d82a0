using System.Buffers;
using System.Text.Json;

namespace Microfactory.Shopfloor.Telemetry;

/// <summary>
/// Reads the JSON payload of one MQTT telemetry message: one object of scalar fields (<c>id</c>, <c>seq</c>, <c>state</c>,
/// <c>at</c>, <c>reason</c>, <c>operationId</c>, <c>good</c>, <c>scrap</c>, <c>kwh</c>), at most
/// <see cref="TelemetryLimits.MaxPayloadBytes"/> bytes. The bounds are held inside the reader: the size before reading,
/// the nesting depth by the reader itself (an object inside the object is refused), every field once.
/// </summary>
public static class TelemetryPayloadReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 1, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    /// <summary>Reads <paramref name="utf8"/>; the payload, or the problem that makes it unreadable.</summary>
    public static bool TryRead(ReadOnlyMemory<byte> utf8, out TelemetryPayload? payload, out TelemetryProblem? problem) =>
        TryRead(new ReadOnlySequence<byte>(utf8), out payload, out problem);

    /// <summary>Reads <paramref name="utf8"/> (a network buffer, possibly in segments); the payload, or the problem that makes it unreadable.</summary>
    public static bool TryRead(ReadOnlySequence<byte> utf8, out TelemetryPayload? payload, out TelemetryProblem? problem)
    {
        payload = null;
        problem = null;
        if (utf8.Length > TelemetryLimits.MaxPayloadBytes)
        {
            problem = new TelemetryProblem("payload", $"payload is {utf8.Length} bytes; at most {TelemetryLimits.MaxPayloadBytes} are accepted.", TelemetryRejection.Oversized);
            return false;
        }
        try
        {
            var reader = new Utf8JsonReader(utf8, Options);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problem = Malformed("payload", "payload must be a JSON object.");
                return false;
            }
            var fields = new Fields();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = FieldOf(ref reader);
                if (field == Field.Unknown)
                {
                    var name = reader.GetString()!;
                    problem = Malformed(Shorten(name), $"{Shorten(name)} is not a field of telemetry messages (id, seq, state, at, reason, operationId, good, scrap, kwh).");
                    return false;
                }
                if (!reader.Read())
                {
                    break;
                }
                if (ReadField(ref reader, field, fields) is { } fieldProblem)
                {
                    problem = fieldProblem;
                    return false;
                }
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                problem = Malformed("payload", "payload must be exactly one JSON object.");
                return false;
            }
            payload = new TelemetryPayload(fields.Id, fields.Seq, fields.State, fields.At, fields.Reason, fields.OperationId, fields.Good, fields.Scrap, fields.Kwh);
            return true;
        }
        catch (JsonException ex)
        {
            problem = Malformed("payload", $"payload is not valid JSON: {ex.Message}");
            return false;
        }
        catch (InvalidOperationException ex)
        {
            // The reader checks UTF-8 inside strings only when they are read: invalid bytes there end here.
            problem = Malformed("payload", $"payload is not valid UTF-8 JSON: {ex.Message}");
            return false;
        }
    }

    /// <summary>The field a property name names, compared on the raw UTF-8 (no string per property on the hot path).</summary>
    private static Field FieldOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? Field.Id
        : reader.ValueTextEquals("seq"u8) ? Field.Seq
        : reader.ValueTextEquals("state"u8) ? Field.State
        : reader.ValueTextEquals("at"u8) ? Field.At
        : reader.ValueTextEquals("reason"u8) ? Field.Reason
        : reader.ValueTextEquals("operationId"u8) ? Field.OperationId
        : reader.ValueTextEquals("good"u8) ? Field.Good
        : reader.ValueTextEquals("scrap"u8) ? Field.Scrap
        : reader.ValueTextEquals("kwh"u8) ? Field.Kwh
        : Field.Unknown;

    private static TelemetryProblem? ReadField(ref Utf8JsonReader reader, Field field, Fields fields)
    {
        var name = Names[(int)field];
        var bit = 1 << (int)field;
        if ((fields.Seen & bit) != 0)
        {
            return Malformed(name, $"{name} appears more than once.");
        }
        fields.Seen |= bit;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            return Malformed(name, $"{name} must be a single value, not an object or array.");
        }
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        switch (field)
        {
            case Field.Id or Field.State or Field.Reason or Field.OperationId:
                if (reader.TokenType != JsonTokenType.String)
                {
                    return Malformed(name, $"{name} must be a string.");
                }
                var text = reader.GetString()!;
                _ = field switch
                {
                    Field.Id => fields.Id = text,
                    Field.State => fields.State = text,
                    Field.Reason => fields.Reason = text,
                    _ => fields.OperationId = text,
                };
                return null;
            case Field.At:
                if (reader.TokenType != JsonTokenType.String || !TelemetryTimes.TryParse(reader.GetString(), out var at))
                {
                    return Malformed(name, "at must be a date-time string with an offset (2026-12-02T08:00:00Z).");
                }
                fields.At = at;
                return null;
            case Field.Kwh:
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var kwh) || !double.IsFinite(kwh))
                {
                    return Malformed(name, "kwh must be a number.");
                }
                fields.Kwh = kwh;
                return null;
            default:
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var whole))
                {
                    return Malformed(name, $"{name} must be a whole number.");
                }
                _ = field switch
                {
                    Field.Seq => fields.Seq = whole,
                    Field.Good => fields.Good = whole,
                    _ => fields.Scrap = whole,
                };
                return null;
        }
    }

    private static readonly string[] Names = ["id", "seq", "state", "at", "reason", "operationId", "good", "scrap", "kwh"];

    private enum Field
    {
        Id,
        Seq,
        State,
        At,
        Reason,
        OperationId,
        Good,
        Scrap,
        Kwh,
        Unknown,
    }

    private static TelemetryProblem Malformed(string field, string message) => new(field, message, TelemetryRejection.Malformed);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private sealed class Fields
    {
        public int Seen { get; set; }
        public string? Id { get; set; }
        public long? Seq { get; set; }
        public string? State { get; set; }
        public DateTimeOffset? At { get; set; }
        public string? Reason { get; set; }
        public string? OperationId { get; set; }
        public long? Good { get; set; }
        public long? Scrap { get; set; }
        public double? Kwh { get; set; }
    }
}
