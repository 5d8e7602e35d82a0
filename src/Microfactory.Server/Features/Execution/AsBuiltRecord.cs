namespace Microfactory.Server.Features.Execution;

/// <summary>
/// How a unit was really made: every operation in the order it ended, on which machine, from when to when, by whom,
/// with its counts and, where the machine meters energy, the kWh it drew while the operation ran.
/// </summary>
internal sealed record AsBuiltRecord(IReadOnlyList<AsBuiltOperation> Operations, int Scrap, decimal? EnergyKwh);

/// <summary>One operation of an as-built record; <see cref="RunSeconds"/> is running time without pauses.</summary>
internal sealed record AsBuiltOperation(
    string OperationId,
    string StepId,
    string MachineId,
    DateTimeOffset Start,
    DateTimeOffset End,
    long RunSeconds,
    string? OperatorId,
    int Good,
    int Scrap,
    decimal? EnergyKwh);
