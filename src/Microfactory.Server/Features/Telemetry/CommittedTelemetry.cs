using Microfactory.Shopfloor.Telemetry;

namespace Microfactory.Server.Features.Telemetry;

/// <summary>
/// What <see cref="TelemetryFeed"/> publishes: a message that was committed and was not a duplicate, with where it came
/// from (<see cref="TelemetrySources"/>), who sent it (an HTTP or operator caller; null for MQTT and simulation) and
/// when the server recorded it.
/// </summary>
internal sealed record CommittedTelemetry(TelemetryMessage Message, string Source, string? UserId, DateTimeOffset RecordedAt);
