namespace Microfactory.Server.Features.Alarms;

/// <summary>Where an alarm stands for people: <c>open</c> (true and nobody acknowledged it), <c>acknowledged</c> (true, seen by someone), <c>cleared</c> (no longer true, acknowledged or not).</summary>
internal enum AlarmState
{
    Open,
    Acknowledged,
    Cleared,
}
