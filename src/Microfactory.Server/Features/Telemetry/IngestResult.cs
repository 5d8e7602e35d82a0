using Microfactory.Shopfloor.Telemetry;

namespace Microfactory.Server.Features.Telemetry;

/// <summary>The outcome for one message, at the same index as the message; <see cref="Problem"/> says why when rejected.</summary>
internal sealed record IngestResult(IngestStatus Status, TelemetryProblem? Problem = null)
{
    public static IngestResult Accepted { get; } = new(IngestStatus.Accepted);

    public static IngestResult Duplicate { get; } = new(IngestStatus.Duplicate);
}
