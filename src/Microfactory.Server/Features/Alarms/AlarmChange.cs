namespace Microfactory.Server.Features.Alarms;

/// <summary>What just happened to an alarm, as <see cref="AlarmFeed"/> tells it.</summary>
internal enum AlarmChange
{
    Raised,
    Cleared,
    Acknowledged,
}
