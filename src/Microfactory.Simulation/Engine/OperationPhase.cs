namespace Microfactory.Simulation.Engine;

/// <summary>Where an operation of the running simulation stands.</summary>
public enum OperationPhase
{
    /// <summary>Not started; a new plan may still change or drop it.</summary>
    Pending,

    /// <summary>Started (in setup, running, or paused by its machine being down); a new plan leaves it alone.</summary>
    Active,

    /// <summary>All parts made.</summary>
    Finished,
}
