using System.Text.Json;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Shopfloor.Machines;
using Microfactory.Shopfloor.Telemetry;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;

namespace Microfactory.Server.Features.Simulation;

/// <summary>
/// The simulated machines' voice when a broker is configured (<c>Microfactory:Mqtt:Enabled</c>): each message goes
/// out as a real machine's would, QoS 1 on <c>mf/{factory}/{machine}/{state|count|energy}</c> with its id, and comes
/// back in through the MQTT ingest. A message the broker did not acknowledge is handed back to the caller, which
/// ingests it in process instead: its id is the same, so one that did reach the broker still counts once.
/// </summary>
internal sealed class TwinMqttPublisher(IOptions<MqttOptions> options, ILogger<TwinMqttPublisher> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IMqttClient? _client;
    private DateTimeOffset _retryAfter = DateTimeOffset.MinValue;

    public bool Enabled => options.Value.Enabled;

    /// <summary>Publishes the messages in order; returns those that could not be published (the broker is away).</summary>
    public async Task<IReadOnlyList<TelemetryMessage>> PublishAsync(IReadOnlyList<TelemetryMessage> messages, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var client = await ConnectedAsync(cancellationToken);
            if (client is null)
            {
                return messages;
            }
            for (var i = 0; i < messages.Count; i++)
            {
                var m = messages[i];
                var message = new MqttApplicationMessageBuilder()
                    .WithTopic($"mf/{m.FactoryId}/{m.MachineId}/{TelemetryKinds.Name(m.Kind)}")
                    .WithPayload(Payload(m))
                    .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                    .Build();
                try
                {
                    var result = await client.PublishAsync(message, cancellationToken);
                    if (!result.IsSuccess)
                    {
                        return messages.Skip(i).ToList();
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning("Simulated twin: the broker took no more messages ({Error}); the rest go in process", exception.Message);
                    await DropAsync();
                    return messages.Skip(i).ToList();
                }
            }
            return [];
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The wire payload of a message, as a machine sends it.</summary>
    internal static byte[] Payload(TelemetryMessage message)
    {
        var id = message.Key.Text.StartsWith("id:", StringComparison.Ordinal) ? message.Key.Text[3..] : message.Key.Text;
        object body = message switch
        {
            StateReport s => new { id, state = MachineStates.Name(s.State), at = s.At, reason = s.Reason, operationId = s.OperationId },
            CountReport c => new { id, good = c.Good, scrap = c.Scrap, at = c.At, operationId = c.OperationId },
            EnergyReport e => new { id, kwh = e.Kwh, at = e.At },
            _ => throw new ArgumentException($"unknown telemetry message {message.GetType().Name}", nameof(message)),
        };
        return JsonSerializer.SerializeToUtf8Bytes(body, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
    }

    private async Task<IMqttClient?> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }
        if (TimeProvider.System.GetUtcNow() < _retryAfter)
        {
            return null;
        }
        var settings = options.Value;
        var builder = new MqttClientOptionsBuilder().WithTcpServer(settings.Host, settings.Port).WithClientId(settings.ClientId + "-twin").WithCleanSession(true)
            .WithTimeout(TimeSpan.FromSeconds(5));
        if (settings.Username is not null)
        {
            builder = builder.WithCredentials(settings.Username, settings.Password);
        }
        await DropAsync();
        _client = new MqttClientFactory().CreateMqttClient();
        try
        {
            await _client.ConnectAsync(builder.Build(), cancellationToken);
            logger.LogInformation("Simulated twin publishes to the broker at {Broker}", settings.Broker);
            return _client;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Simulated twin cannot reach the broker at {Broker} ({Error}); it reports in process and tries again in 10 s", settings.Broker, exception.Message);
            _retryAfter = TimeProvider.System.GetUtcNow().AddSeconds(10);
            await DropAsync();
            return null;
        }
    }

    private async Task DropAsync()
    {
        if (_client is { } client)
        {
            _client = null;
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync();
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogDebug("Simulated twin: disconnecting from the broker failed: {Error}", exception.Message);
            }
            client.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DropAsync();
        _gate.Dispose();
    }
}
