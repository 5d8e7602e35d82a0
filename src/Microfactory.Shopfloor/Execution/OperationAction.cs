namespace Microfactory.Shopfloor.Execution;

/// <summary>What an operator (or a machine's telemetry) does to an operation.</summary>
public enum OperationAction
{
    /// <summary>Begin work: released → running.</summary>
    Start,

    /// <summary>Interrupt work: running → paused.</summary>
    Pause,

    /// <summary>Continue interrupted work: paused → running.</summary>
    Resume,

    /// <summary>End work with its counts: running or paused → done.</summary>
    Finish,
}
