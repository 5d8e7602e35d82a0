using System.Text;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Microfactory.Server.Tests.Support;

/// <summary>An MQTTnet client that publishes test telemetry at QoS 1 (each publish returns once the broker's PUBACK came).</summary>
internal sealed class MqttPublisher : IAsyncDisposable
{
    private readonly IMqttClient _client;

    private MqttPublisher(IMqttClient client) => _client = client;

    public static async Task<MqttPublisher> ConnectAsync(MosquittoBroker broker)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Host, broker.Port)
            .WithClientId("test-publisher-" + Guid.NewGuid().ToString("N")[..8])
            .WithProtocolVersion(MqttProtocolVersion.V311)
            .WithCleanSession(true)
            .Build();
        await client.ConnectAsync(options);
        return new MqttPublisher(client);
    }

    public Task PublishAsync(string topic, string payload) => PublishAsync(topic, Encoding.UTF8.GetBytes(payload));

    public async Task PublishAsync(string topic, byte[] payload)
    {
        var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
        var result = await _client.PublishAsync(message);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"The broker refused the publish on {topic}: {result.ReasonCode}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }
        _client.Dispose();
    }
}
