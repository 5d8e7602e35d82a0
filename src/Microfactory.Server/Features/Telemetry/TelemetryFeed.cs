using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Telemetry;

/// <summary>
/// In-process fan-out of committed telemetry to the features that react to it (execution, alarms, dashboards).
/// Messages are published by <see cref="TelemetryIngest"/> only after their transaction committed, a batch at a time
/// in the batch's order, and never for duplicates; the feed is not durable (what happened while no one listened is in
/// the tables). A reader that falls behind by its capacity loses the oldest unread messages.
/// </summary>
internal sealed class TelemetryFeed() : InProcessFeed<CommittedTelemetry>(DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;
}
