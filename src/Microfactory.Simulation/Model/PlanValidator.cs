namespace Microfactory.Simulation.Model;

/// <summary>
/// The rules for a plan of operations, shared by <see cref="SimulationModel.Create"/> and by
/// replacing the plan of a running simulation. Besides field rules it rejects plans that can never
/// finish: predecessors plus each machine's order must form no cycle.
/// </summary>
internal static class PlanValidator
{
    /// <summary>
    /// A private copy of a caller's plan, predecessor lists included, so that a list changed after validation
    /// cannot change what the engine runs. Null entries stay null for <see cref="Validate"/> to report.
    /// </summary>
    public static OperationSpec[] Snapshot(IReadOnlyList<OperationSpec> operations)
    {
        var copy = new OperationSpec[operations.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            var operation = operations[i];
            copy[i] = operation?.Predecessors is { Count: > 0 } predecessors && predecessors.Count <= SimulationLimits.MaxPredecessors
                ? operation with { Predecessors = [.. predecessors] }
                : operation!;
        }
        return copy;
    }

    /// <param name="operations">The plan.</param>
    /// <param name="machines">Machine id → index.</param>
    /// <param name="settled">True for ids of operations already started or finished in a running simulation:
    /// such entries keep their state, so they take no part in the cycle check, and may be referred to as predecessors.</param>
    public static string? Validate(IReadOnlyList<OperationSpec> operations, IReadOnlyDictionary<string, int> machines, Func<string, bool> settled)
    {
        if (operations.Count > SimulationLimits.MaxOperations)
        {
            return $"operations: at most {SimulationLimits.MaxOperations} operations are allowed, got {operations.Count}";
        }
        var index = new Dictionary<string, int>(operations.Count, StringComparer.Ordinal);
        var parts = 0L;
        for (var i = 0; i < operations.Count; i++)
        {
            var path = $"operations[{i}]";
            var operation = operations[i];
            var error = operation is null ? $"{path}: must not be null" : Fields(path, operation, machines);
            if (error is not null)
            {
                return error;
            }
            if (!index.TryAdd(operation!.Id, i))
            {
                return $"{path}.Id: '{operation.Id}' is used by an earlier operation";
            }
            parts += operation.Quantity;
            if (parts > SimulationLimits.MaxPartsInPlan)
            {
                return $"{path}.Quantity: the plan would make more than {SimulationLimits.MaxPartsInPlan} parts";
            }
        }
        for (var i = 0; i < operations.Count; i++)
        {
            var predecessors = operations[i].Predecessors ?? [];
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            for (var p = 0; p < predecessors.Count; p++)
            {
                var path = $"operations[{i}].Predecessors[{p}]";
                var id = predecessors[p];
                if (id is null || !(index.ContainsKey(id) || settled(id)))
                {
                    return $"{path}: '{id}' is not an operation of the plan";
                }
                if (string.Equals(id, operations[i].Id, StringComparison.Ordinal))
                {
                    return $"{path}: an operation cannot precede itself";
                }
                if (!distinct.Add(id))
                {
                    return $"{path}: '{id}' is listed twice";
                }
            }
        }
        return Cycle(operations, index, machines, settled);
    }

    private static string? Fields(string path, OperationSpec operation, IReadOnlyDictionary<string, int> machines) =>
        MachineValidator.IdRule($"{path}.Id", operation.Id)
        ?? (operation.MachineId is not null && machines.ContainsKey(operation.MachineId) ? null : $"{path}.MachineId: '{operation.MachineId}' is not a machine of the model")
        ?? (operation.RunTicksPerPart is < 1 or > SimulationLimits.MaxDurationTicks
            ? $"{path}.RunTicksPerPart: must be between 1 and {SimulationLimits.MaxDurationTicks}, was {operation.RunTicksPerPart}" : null)
        ?? (operation.Quantity is < 1 or > SimulationLimits.MaxQuantity
            ? $"{path}.Quantity: must be between 1 and {SimulationLimits.MaxQuantity}, was {operation.Quantity}" : null)
        ?? (operation.EarliestStartTick is < 0 or > SimulationLimits.MaxTick
            ? $"{path}.EarliestStartTick: must be between 0 and {SimulationLimits.MaxTick}, was {operation.EarliestStartTick}" : null)
        ?? (operation.SetupTicks is < 0 or > SimulationLimits.MaxDurationTicks
            ? $"{path}.SetupTicks: must be between 0 and {SimulationLimits.MaxDurationTicks}, was {operation.SetupTicks}" : null)
        ?? (operation.Predecessors is { Count: > SimulationLimits.MaxPredecessors }
            ? $"{path}.Predecessors: at most {SimulationLimits.MaxPredecessors} predecessors are allowed, got {operation.Predecessors.Count}" : null);

    // Kahn's algorithm over precedence edges plus "previous operation on the same machine" edges.
    private static string? Cycle(IReadOnlyList<OperationSpec> operations, Dictionary<string, int> index, IReadOnlyDictionary<string, int> machines, Func<string, bool> settled)
    {
        var count = operations.Count;
        var live = new bool[count];
        var indegree = new int[count];
        var successors = new List<int>[count];
        var previousOnMachine = new int[machines.Count];
        Array.Fill(previousOnMachine, -1);
        for (var i = 0; i < count; i++)
        {
            live[i] = !settled(operations[i].Id);
            successors[i] = [];
        }
        for (var i = 0; i < count; i++)
        {
            if (!live[i])
            {
                continue;
            }
            var machine = machines[operations[i].MachineId];
            if (previousOnMachine[machine] >= 0)
            {
                successors[previousOnMachine[machine]].Add(i);
                indegree[i]++;
            }
            previousOnMachine[machine] = i;
            foreach (var id in operations[i].Predecessors ?? [])
            {
                if (index.TryGetValue(id, out var p) && live[p])
                {
                    successors[p].Add(i);
                    indegree[i]++;
                }
            }
        }
        var ready = new Queue<int>();
        for (var i = 0; i < count; i++)
        {
            if (live[i] && indegree[i] == 0)
            {
                ready.Enqueue(i);
            }
        }
        while (ready.TryDequeue(out var i))
        {
            foreach (var s in successors[i])
            {
                if (--indegree[s] == 0)
                {
                    ready.Enqueue(s);
                }
            }
        }
        for (var i = 0; i < count; i++)
        {
            if (live[i] && indegree[i] > 0)
            {
                return $"operations[{i}].Predecessors: '{operations[i].Id}' can never start: its predecessors and the order of operations on the machines form a cycle";
            }
        }
        return null;
    }
}
