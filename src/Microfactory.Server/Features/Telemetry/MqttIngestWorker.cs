using System.Threading.Channels;
using Microfactory.Shopfloor.Telemetry;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Microfactory.Server.Features.Telemetry;

/// <summary>
/// Takes telemetry from the MQTT broker: subscribes <c>mf/+/+/+</c> at QoS 1 in a persistent session (clean session
/// off, MQTT 3.1.1), so the broker keeps what is published while the server is down and redelivers what it has not
/// acknowledged. Each PUBLISH is acknowledged only after its message is committed (or refused): received messages
/// are read as they arrive and queued; one loop commits whatever is queued as one batch, then acknowledges the batch
/// in the order received. A crash between commit and acknowledgement means a redelivery, which the ledger counts
/// once. Refused messages (unknown topic or machine, malformed, oversized, out of bounds) are logged, counted and
/// acknowledged, so poison is not redelivered forever. The broker being absent only delays: the worker reconnects
/// with exponential backoff and the server serves meanwhile.
/// </summary>
internal sealed class MqttIngestWorker(IOptions<MqttOptions> options, TelemetryIngest ingest, TelemetryMetrics metrics, MqttStatus status, TimeProvider time, ILogger<MqttIngestWorker> logger)
    : BackgroundService
{
    private readonly RejectionLog _rejections = new(logger, time);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never hold up the host's start
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("MQTT ingest is off (set Microfactory:Mqtt:Enabled=true to take telemetry from a broker)");
            return;
        }
        var queue = Channel.CreateBounded<Received>(new BoundedChannelOptions(Math.Max(1, settings.MaxPending)) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        using var client = new MqttClientFactory().CreateMqttClient();
        var lost = new SemaphoreSlim(0);
        client.ApplicationMessageReceivedAsync += async e =>
        {
            e.AutoAcknowledge = false;
            var message = e.ApplicationMessage;
            TelemetryResult result;
            try
            {
                result = TelemetryReader.FromMqtt(message.Topic, message.Payload, time.GetUtcNow());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The reader never throws on what a sender controls; should it ever, the message is refused, not left
                // unacknowledged (which would make the broker redeliver it forever).
                logger.LogError(ex, "MQTT payload reader failed on {Topic}", message.Topic);
                result = TelemetryResult.Refused(new TelemetryProblem("payload", "payload could not be read.", TelemetryRejection.Malformed));
            }
            // Waiting here (the queue is full) stops MQTTnet reading further PUBLISH packets: back-pressure to the broker.
            await queue.Writer.WriteAsync(new Received(message.Topic, result, e), stoppingToken);
        };
        client.DisconnectedAsync += e =>
        {
            if (e.ClientWasConnected && !stoppingToken.IsCancellationRequested)
            {
                status.Disconnected(e.Exception?.Message ?? e.Reason.ToString());
                logger.LogWarning("MQTT broker {Broker} connection lost ({Reason}); reconnecting", settings.Broker, e.Exception?.Message ?? e.Reason.ToString());
                lost.Release();
            }
            return Task.CompletedTask;
        };
        var committing = CommitLoopAsync(queue.Reader, settings, stoppingToken);
        try
        {
            await ConnectLoopAsync(client, settings, lost, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
        queue.Writer.TryComplete();
        try
        {
            await committing;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // what was not committed is not acknowledged: the broker redelivers it to the next start
        }
        if (client.IsConnected)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), timeout.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or MqttCommunicationException)
            {
                logger.LogDebug(ex, "MQTT disconnect at shutdown did not complete");
            }
        }
    }

    private async Task ConnectLoopAsync(IMqttClient client, MqttOptions settings, SemaphoreSlim lost, CancellationToken stoppingToken)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(settings.Host, settings.Port)
            .WithClientId(settings.ClientId)
            .WithProtocolVersion(MqttProtocolVersion.V311)
            .WithCleanSession(false)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(30))
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (!string.IsNullOrEmpty(settings.Username))
        {
            builder = builder.WithCredentials(settings.Username, settings.Password);
        }
        var clientOptions = builder.Build();
        var subscription = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(TelemetryTopic.Filter).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce))
            .Build();
        var delay = TimeSpan.FromSeconds(1);
        var maxDelay = TimeSpan.FromSeconds(Math.Max(1, settings.MaxReconnectDelaySeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var connected = await client.ConnectAsync(clientOptions, stoppingToken);
                if (connected.ResultCode != MqttClientConnectResultCode.Success)
                {
                    throw new MqttCommunicationException($"the broker refused the connection: {connected.ResultCode} {connected.ReasonString}");
                }
                await client.SubscribeAsync(subscription, stoppingToken);
                status.Connected();
                logger.LogInformation("MQTT ingest connected to {Broker} as {ClientId} (session {Session}), subscribed to {Filter} at QoS 1",
                    settings.Broker, settings.ClientId, connected.IsSessionPresent ? "resumed" : "new", TelemetryTopic.Filter);
                delay = TimeSpan.FromSeconds(1);
                await lost.WaitAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                status.Disconnected(ex.Message);
                logger.LogWarning("MQTT broker {Broker} unreachable ({Error}); the server runs on and retries in {Delay} s", settings.Broker, ex.Message, delay.TotalSeconds);
                await Task.Delay(delay, time, stoppingToken);
                delay = delay * 2 > maxDelay ? maxDelay : delay * 2;
            }
        }
    }

    private async Task CommitLoopAsync(ChannelReader<Received> queue, MqttOptions settings, CancellationToken stoppingToken)
    {
        // Acknowledging is left to a loop of its own, so that sending the PUBACKs of one batch overlaps committing the
        // next; batches are acknowledged in the order they were committed, each in the order its messages arrived.
        var committed = Channel.CreateBounded<List<Received>>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        var acknowledging = AcknowledgeLoopAsync(committed.Reader, stoppingToken);
        try
        {
            var messages = new List<TelemetryMessage>(settings.MaxBatch);
            while (await queue.WaitToReadAsync(stoppingToken))
            {
                var batch = new List<Received>(Math.Min(settings.MaxBatch, 256));
                messages.Clear();
                while (batch.Count < settings.MaxBatch && queue.TryRead(out var item))
                {
                    batch.Add(item);
                    if (item.Result.Message is { } message)
                    {
                        messages.Add(message);
                    }
                    else
                    {
                        var problem = item.Result.Problems[0];
                        metrics.Rejected(TelemetrySources.Mqtt, problem.Reason);
                        _rejections.Refused(item.Topic, problem);
                    }
                }
                await CommitAsync(messages, stoppingToken);
                await committed.Writer.WriteAsync(batch, stoppingToken);
            }
        }
        finally
        {
            committed.Writer.TryComplete();
            await acknowledging;
        }
    }

    private async Task AcknowledgeLoopAsync(ChannelReader<List<Received>> committed, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var batch in committed.ReadAllAsync(stoppingToken))
            {
                foreach (var item in batch)
                {
                    try
                    {
                        await item.Args.AcknowledgeAsync(stoppingToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // The connection went: the broker redelivers, the ledger recognises the message.
                        logger.LogDebug(ex, "MQTT acknowledgement not sent");
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping: what is not acknowledged is redelivered to the next start
        }
    }

    /// <summary>Commits until it succeeds (or the server stops): a database that is briefly away delays the acknowledgements, never loses messages.</summary>
    private async Task CommitAsync(List<TelemetryMessage> messages, CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            try
            {
                var results = await ingest.IngestAsync(messages, TelemetrySources.Mqtt, null, stoppingToken);
                for (var i = 0; i < results.Count; i++)
                {
                    if (results[i].Problem is { } problem)
                    {
                        _rejections.Refused(TelemetryTopic.Of(messages[i].FactoryId, messages[i].MachineId, messages[i].Kind), problem);
                    }
                }
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "MQTT ingest could not commit {Count} messages; retrying in {Delay} ms (they stay unacknowledged)", messages.Count, delay.TotalMilliseconds);
                await Task.Delay(delay, time, stoppingToken);
                delay = delay * 2 > TimeSpan.FromSeconds(10) ? TimeSpan.FromSeconds(10) : delay * 2;
            }
        }
    }

    private sealed record Received(string Topic, TelemetryResult Result, MqttApplicationMessageReceivedEventArgs Args);
}
