using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Engine;

/// <summary>Installing a plan, at the start and when a new plan version arrives mid-run.</summary>
public sealed partial class Simulator
{
    /// <summary>
    /// Replaces the plan of every operation that has not started, now. <paramref name="operations"/> is the
    /// whole new plan: pending operations it omits are dropped, the ones it lists run in its order on its
    /// machines. Entries for operations that already started or finished are ignored (they carry on
    /// undisturbed) and may be named as predecessors. Validated like a model; a refused plan changes nothing.
    /// </summary>
    public CommandResult ReplacePlan(IReadOnlyList<OperationSpec> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count > SimulationLimits.MaxOperations)
        {
            return CommandResult.Failure($"operations: at most {SimulationLimits.MaxOperations} operations are allowed, got {operations.Count}");
        }
        var plan = PlanValidator.Snapshot(operations);
        var error = PlanValidator.Validate(plan, _machineIndex, IsSettled);
        if (error is not null)
        {
            return CommandResult.Failure(error);
        }
        EnsureStarted();
        InstallPlan(plan);
        foreach (var machine in _machines)
        {
            if (machine.IsUp && machine.Current is null)
            {
                machine.WorkToken++; // a wake for the old next operation no longer applies
                TryStart(machine);
            }
        }
        return CommandResult.Ok;
    }

    private bool IsSettled(string id) => _operations.TryGetValue(id, out var o) && o.Phase != OperationPhase.Pending;

    private void InstallPlan(IReadOnlyList<OperationSpec> operations)
    {
        var next = new Dictionary<string, OperationRuntime>(operations.Count, StringComparer.Ordinal);
        // Started and finished operations carry on; pending ones of the old plan are dropped (the new plan may list them again).
        foreach (var (id, runtime) in _operations)
        {
            if (runtime.Phase != OperationPhase.Pending)
            {
                runtime.Successors.Clear();
                next.Add(id, runtime);
            }
        }
        var queues = new List<OperationRuntime>[_machines.Length];
        for (var k = 0; k < queues.Length; k++)
        {
            queues[k] = [];
        }
        var added = new List<OperationRuntime>(operations.Count);
        foreach (var spec in operations)
        {
            if (next.ContainsKey(spec.Id))
            {
                continue;
            }
            var k = _machineIndex[spec.MachineId];
            var runtime = new OperationRuntime(spec, k, spec.SetupTicks ?? _machines[k].Spec.SetupSeconds);
            next.Add(spec.Id, runtime);
            queues[k].Add(runtime);
            added.Add(runtime);
        }
        foreach (var runtime in added)
        {
            foreach (var id in runtime.Spec.Predecessors ?? [])
            {
                var predecessor = next[id];
                if (predecessor.Phase != OperationPhase.Finished)
                {
                    predecessor.Successors.Add(runtime);
                    runtime.RemainingPredecessors++;
                }
            }
        }
        for (var k = 0; k < _machines.Length; k++)
        {
            _machines[k].Queue = [.. queues[k]];
            _machines[k].Head = 0;
        }
        _operations = next;
    }
}
