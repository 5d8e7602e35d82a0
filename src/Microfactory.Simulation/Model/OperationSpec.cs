namespace Microfactory.Simulation.Model;

/// <summary>
/// One operation of the plan, executed on one machine. Each machine runs its operations in the
/// order they appear in the plan; an operation never starts before all of its predecessors have
/// finished and never before <see cref="EarliestStartTick"/>. Ticks are seconds.
/// </summary>
/// <param name="Id">Stable id, unique in the plan (the server's operation id).</param>
/// <param name="MachineId">The machine that executes it.</param>
/// <param name="RunTicksPerPart">Planned run time of one part, at least 1 tick; the actual time is drawn with the machine's noise.</param>
/// <param name="Quantity">Parts to make (usually 1); scrap is drawn per part and not remade.</param>
/// <param name="EarliestStartTick">No start before this tick (for example the planned start, or a material release).</param>
/// <param name="SetupTicks">Planned setup before the first part; null = the machine's <see cref="MachineSpec.SetupSeconds"/>.</param>
/// <param name="Predecessors">Ids of operations that must finish first; null or empty = none.</param>
/// <param name="RemakeScrap">Whether a scrapped part is made again (taking its run time again) until <see cref="Quantity"/> parts are good, at most <see cref="MaxAttemptsPerPart"/> attempts per part; false = scrap is not remade.</param>
public sealed record OperationSpec(
    string Id,
    string MachineId,
    long RunTicksPerPart,
    int Quantity = 1,
    long EarliestStartTick = 0,
    long? SetupTicks = null,
    IReadOnlyList<string>? Predecessors = null,
    bool RemakeScrap = false)
{
    /// <summary>Attempts per part when <see cref="RemakeScrap"/> is on; after that the operation ends with the good parts it has (a scrap rate near 1 cannot loop for ever).</summary>
    public const int MaxAttemptsPerPart = 10;
}
