using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microfactory.Server.Features.Telemetry;

/// <summary>
/// The MQTT ingest in /health: healthy when off or connected, degraded (still 200: the server serves) while the broker
/// cannot be reached, with the last error.
/// </summary>
internal sealed class MqttHealthCheck(MqttStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = status.Snapshot();
        var data = new Dictionary<string, object> { ["enabled"] = now.Enabled, ["connected"] = now.Connected };
        if (now.Broker is not null)
        {
            data["broker"] = now.Broker;
        }
        return Task.FromResult(!now.Enabled
            ? HealthCheckResult.Healthy("MQTT ingest is off (Microfactory:Mqtt:Enabled).", data)
            : now.Connected
                ? HealthCheckResult.Healthy($"Connected to the MQTT broker {now.Broker}.", data)
                : HealthCheckResult.Degraded($"Not connected to the MQTT broker {now.Broker} ({now.LastError ?? "connecting"}); retrying.", data: data));
    }
}
