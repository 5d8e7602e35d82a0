using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Alarms;

/// <summary>
/// In-process fan-out of alarm changes (raised, cleared, acknowledged) to the features that show or react to them (the
/// live shop-floor dashboard). Notices are published only after their transaction committed, once per change that
/// really happened (an idempotent repeat publishes nothing); the feed is not durable: what happened while no one
/// listened is in the <c>alarms</c> table (GET /api/v1/alarms). A reader that falls behind by its capacity loses the
/// oldest notices (re-read GET /api/v1/alarms then).
/// </summary>
internal sealed class AlarmFeed() : InProcessFeed<AlarmNotice>(DefaultCapacity)
{
    public const int DefaultCapacity = 1_000;
}
