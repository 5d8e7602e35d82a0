using Microfactory.Shopfloor.Telemetry;

namespace Microfactory.Server.Features.Telemetry;

/// <summary>
/// Logs refused MQTT messages without letting a flood of them flood the log: the first
/// <see cref="PerMinute"/> of each minute in full (topic, field, rule), then one line with how many more there were.
/// Every refusal is counted in <see cref="TelemetryMetrics"/> whatever is logged.
/// </summary>
internal sealed class RejectionLog(ILogger logger, TimeProvider time)
{
    public const int PerMinute = 20;

    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _logged;
    private int _suppressed;

    public void Refused(string topic, TelemetryProblem problem)
    {
        var now = time.GetUtcNow();
        if (now - _windowStart >= TimeSpan.FromMinutes(1))
        {
            if (_suppressed > 0)
            {
                logger.LogWarning("MQTT ingest refused {Count} more messages in the last minute (see GET /api/v1/telemetry/stats)", _suppressed);
            }
            _windowStart = now;
            _logged = 0;
            _suppressed = 0;
        }
        if (_logged++ < PerMinute)
        {
            logger.LogWarning("MQTT message on {Topic} refused ({Reason}): {Problem}", Shorten(topic), TelemetryMetrics.RejectionName(problem.Reason), problem.Message);
        }
        else
        {
            _suppressed++;
        }
    }

    private static string Shorten(string topic) => topic.Length <= 200 ? topic : topic[..200] + "…";
}
