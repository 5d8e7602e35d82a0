using System.Buffers;

namespace Microfactory.Shopfloor.Telemetry;

/// <summary>One MQTT message read end to end: its topic, then its payload, then the rules; never throws on what a sender controls.</summary>
public static class TelemetryReader
{
    /// <summary>Reads the message published on <paramref name="topic"/> with <paramref name="payload"/>, at the server's <paramref name="now"/>.</summary>
    public static TelemetryResult FromMqtt(string? topic, ReadOnlySequence<byte> payload, DateTimeOffset now)
    {
        if (!TelemetryTopic.TryParse(topic, out var parsed, out var topicProblem))
        {
            return TelemetryResult.Refused(topicProblem!);
        }
        if (!TelemetryPayloadReader.TryRead(payload, out var fields, out var payloadProblem))
        {
            return TelemetryResult.Refused(payloadProblem!);
        }
        return TelemetryValidator.Validate(parsed!.FactoryId, parsed.MachineId, parsed.Kind, fields!, now);
    }
}
