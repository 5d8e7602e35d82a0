namespace Microfactory.Server.Features.Telemetry;

/// <summary>The MQTT connection as the worker last saw it, for /health and the telemetry stats.</summary>
internal sealed class MqttStatus(Microsoft.Extensions.Options.IOptions<MqttOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private bool _connected;
    private DateTimeOffset? _since;
    private string? _lastError;

    public bool Enabled => options.Value.Enabled;

    public string Broker => options.Value.Broker;

    public void Connected()
    {
        lock (_gate)
        {
            _connected = true;
            _since = time.GetUtcNow();
        }
    }

    public void Disconnected(string error)
    {
        lock (_gate)
        {
            _connected = false;
            _since = null;
            _lastError = error;
        }
    }

    public MqttStatusResponse Snapshot()
    {
        lock (_gate)
        {
            return new MqttStatusResponse(Enabled, Enabled ? Broker : null, _connected, _since, _lastError);
        }
    }
}
