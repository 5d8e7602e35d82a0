namespace Microfactory.Server.Features.Telemetry;

/// <summary>
/// <c>Microfactory:Mqtt</c> (environment <c>Microfactory__Mqtt__Enabled</c>, <c>__Host</c>, …): the broker the server
/// takes machine telemetry from. Off by default; when on, a broker that is down or absent never stops the server:
/// it keeps reconnecting with exponential backoff up to <see cref="MaxReconnectDelaySeconds"/>.
/// </summary>
internal sealed class MqttOptions
{
    public const string Section = "Microfactory:Mqtt";

    public bool Enabled { get; set; }

    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 1883;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The client id the broker keeps our persistent session under: messages published while the server is down wait there.</summary>
    public string ClientId { get; set; } = "microfactory-server";

    /// <summary>The longest wait between two connection attempts, in seconds (the first retry waits 1 s, then twice as long each time).</summary>
    public int MaxReconnectDelaySeconds { get; set; } = 30;

    /// <summary>Most messages committed in one transaction; what arrived while the previous batch was committing goes into the next.</summary>
    public int MaxBatch { get; set; } = 2000;

    /// <summary>Messages received but not yet committed that the worker holds before it stops reading from the broker (back-pressure).</summary>
    public int MaxPending { get; set; } = 20_000;

    public string Broker => $"{Host}:{Port}";
}
