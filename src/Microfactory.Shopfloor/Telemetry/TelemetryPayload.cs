namespace Microfactory.Shopfloor.Telemetry;

/// <summary>
/// The fields of one message as they were sent, before any rule is applied: every one may be missing (null).
/// <see cref="TelemetryValidator"/> turns it into a <see cref="TelemetryMessage"/> or names what is wrong.
/// </summary>
public sealed record TelemetryPayload(
    string? Id = null,
    long? Seq = null,
    string? State = null,
    DateTimeOffset? At = null,
    string? Reason = null,
    string? OperationId = null,
    long? Good = null,
    long? Scrap = null,
    double? Kwh = null);
