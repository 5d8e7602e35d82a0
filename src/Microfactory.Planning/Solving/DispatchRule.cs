namespace Microfactory.Planning.Solving;

/// <summary>Priority rules of the constructive start; the operation chosen among those that could start before the earliest finish.</summary>
internal enum DispatchRule
{
    /// <summary>Most work remaining in the job (MWKR).</summary>
    MostWorkRemaining,

    /// <summary>Most operations remaining in the job (MOR).</summary>
    MostOperationsRemaining,

    /// <summary>Shortest processing time on the best machine (SPT).</summary>
    ShortestProcessingTime,

    /// <summary>Earliest possible finish (greedy).</summary>
    EarliestFinish,

    /// <summary>Earliest due date of the job (EDD); jobs without a due date last.</summary>
    EarliestDueDate,

    /// <summary>A random priority from the seeded generator, for diverse starts.</summary>
    Random,
}
