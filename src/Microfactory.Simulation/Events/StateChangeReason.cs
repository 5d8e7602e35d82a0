namespace Microfactory.Simulation.Events;

/// <summary>Why a simulated machine changed state.</summary>
public enum StateChangeReason
{
    /// <summary>The simulation started (tick 0): every machine comes up idle.</summary>
    PowerOn,

    /// <summary>An operation started (into setup, or straight into running when it has no setup).</summary>
    OperationStarted,

    /// <summary>Setup ended; the first part is being made.</summary>
    SetupDone,

    /// <summary>The last operation finished and nothing can start yet.</summary>
    OperationFinished,

    /// <summary>A random failure.</summary>
    Failure,

    /// <summary>The repair of a failure ended.</summary>
    Repaired,

    /// <summary>The host forced the machine down (for example an operator reported it).</summary>
    ForcedDown,

    /// <summary>The host brought the machine back up (ends a forced down or a repair).</summary>
    ForcedUp,

    /// <summary>The host switched the machine off.</summary>
    SwitchedOff,

    /// <summary>The host switched the machine on again.</summary>
    SwitchedOn,
}
