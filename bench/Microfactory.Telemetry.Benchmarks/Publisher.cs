using System.Globalization;
using System.Text;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Microfactory.Telemetry.Benchmarks;

/// <summary>
/// One MQTTnet client publishing count (and some state) messages for its share of the machines at a paced rate, QoS 1,
/// with up to <c>window</c> publishes awaiting the broker's PUBACK at once. Every seq is unique per machine and kind;
/// a share of messages is sent twice (the same seq or id again) to check that duplicates are not counted.
/// </summary>
internal sealed class Publisher(string factoryId, IReadOnlyList<string> machines, double rate, int window, double duplicateShare, double stateShare, int seed)
{
    private readonly Random _random = new(seed);
    private readonly long[] _countSeq = new long[machines.Count];

    public long Published { get; private set; }

    public long UniqueCounts { get; private set; }

    public long UniqueStates { get; private set; }

    public long Duplicates { get; private set; }

    public async Task RunAsync(int port, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId("bench-pub-" + Guid.NewGuid().ToString("N")[..8])
            .WithProtocolVersion(MqttProtocolVersion.V311).WithCleanSession(true).Build(), cancellationToken);
        using var slots = new SemaphoreSlim(window);
        var failures = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var at = DateTimeOffset.UtcNow.AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var total = (long)(rate * duration.TotalSeconds);
        var sent = 0L;
        var i = 0;
        string? previousTopic = null;
        byte[]? previousPayload = null;
        while (sent < total)
        {
            var due = Math.Min(total, (long)(clock.Elapsed.TotalSeconds * rate) + 1);
            while (sent < due)
            {
                string topic;
                byte[] payload;
                if (previousPayload is not null && _random.NextDouble() < duplicateShare)
                {
                    (topic, payload) = (previousTopic!, previousPayload);
                    Duplicates++;
                }
                else
                {
                    var m = i++ % machines.Count;
                    if (_random.NextDouble() < stateShare)
                    {
                        topic = $"mf/{factoryId}/{machines[m]}/state";
                        payload = Encoding.UTF8.GetBytes($$"""{"id":"{{Guid.NewGuid():N}}","state":"{{(_random.Next(2) == 0 ? "running" : "idle")}}","at":"{{at}}"}""");
                        UniqueStates++;
                    }
                    else
                    {
                        topic = $"mf/{factoryId}/{machines[m]}/count";
                        payload = Encoding.UTF8.GetBytes($$"""{"seq":{{_countSeq[m]++}},"good":1,"scrap":0,"at":"{{at}}"}""");
                        UniqueCounts++;
                    }
                    (previousTopic, previousPayload) = (topic, payload);
                }
                await slots.WaitAsync(cancellationToken);
                var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
                _ = client.PublishAsync(message, cancellationToken).ContinueWith(t =>
                {
                    if (!t.IsCompletedSuccessfully || !t.Result.IsSuccess)
                    {
                        Interlocked.Increment(ref failures);
                    }
                    slots.Release();
                }, TaskScheduler.Default);
                sent++;
            }
            await Task.Delay(2, cancellationToken);
        }
        for (var s = 0; s < window; s++)
        {
            await slots.WaitAsync(cancellationToken);
        }
        Published = sent;
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} publishes were not acknowledged by the broker");
        }
        await client.DisconnectAsync(cancellationToken: cancellationToken);
    }
}
