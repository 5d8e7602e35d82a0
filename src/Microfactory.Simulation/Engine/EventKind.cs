namespace Microfactory.Simulation.Engine;

/// <summary>Internal event kinds; the numeric value is the priority among events of the same tick (lower first).</summary>
internal enum EventKind : byte
{
    /// <summary>A repair ends: machines come back before anything else happens in that second.</summary>
    Repair = 0,

    /// <summary>The current phase (setup or one part) of a machine's operation ends.</summary>
    WorkDone = 1,

    /// <summary>An idle machine's next operation reaches its earliest start.</summary>
    Wake = 2,

    /// <summary>A machine fails: after work that ended in the same second, so a finished part is counted.</summary>
    Failure = 3,

    /// <summary>Periodic energy readings of all machines: last, so they include every change of the second.</summary>
    Meter = 4,
}
