using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Engine;

/// <summary>The mutable state of one operation during a run.</summary>
internal sealed class OperationRuntime(OperationSpec spec, int machine, long setupTicks)
{
    public OperationSpec Spec { get; } = spec;

    public int Machine { get; } = machine;

    /// <summary>Planned setup: the operation's own, or its machine's default.</summary>
    public long SetupTicks { get; } = setupTicks;

    public OperationPhase Phase { get; set; }

    public int RemainingPredecessors { get; set; }

    public List<OperationRuntime> Successors { get; } = [];

    public int Good { get; set; }

    public int Scrap { get; set; }

    public int PartsDone => Good + Scrap;
}
