namespace Microfactory.Planning.Explaining;

/// <summary>
/// Why a job ends when it ends: the chain of operations, earliest first, each of which could
/// not start earlier because of the reason it names; the last link is the job's last operation.
/// </summary>
public sealed record JobExplanation(int Job, long CompletionTick, IReadOnlyList<ChainLink> Chain)
{
    /// <summary>A readable account, one line per link.</summary>
    public IEnumerable<string> Lines() => Chain.Select(l =>
        $"job {l.Job} op {l.Operation} on machine {l.Machine} [{l.StartTick}, {l.EndTick}): {Describe(l.Reason)}{(l.WaitTicks > 0 ? $", waited {l.WaitTicks} ticks" : string.Empty)}");

    private static string Describe(StartReason reason) => reason switch
    {
        StartReason.ScheduleStart => "starts at the beginning of the schedule",
        StartReason.Release => "waits for the job's release",
        StartReason.JobPredecessor => "waits for the previous operation of its job",
        StartReason.MachineBusy => "waits for the machine, busy with the operation before it in this chain",
        StartReason.MachineUnavailable => "waits for the machine to become available",
        _ => "has slack before it",
    };
}
