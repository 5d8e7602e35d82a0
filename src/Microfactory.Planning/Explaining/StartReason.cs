namespace Microfactory.Planning.Explaining;

/// <summary>Why an operation starts when it starts.</summary>
public enum StartReason
{
    /// <summary>It starts at tick 0: nothing holds it back.</summary>
    ScheduleStart,

    /// <summary>It waits for the job's release (order arrival or material).</summary>
    Release,

    /// <summary>It waits for the previous operation of its own job.</summary>
    JobPredecessor,

    /// <summary>It waits for another job's operation on the same machine.</summary>
    MachineBusy,

    /// <summary>It waits for the end of a maintenance or breakdown window.</summary>
    MachineUnavailable,

    /// <summary>Nothing in the schedule forces the wait (slack a better plan could remove, or a pinned start).</summary>
    Slack,
}
