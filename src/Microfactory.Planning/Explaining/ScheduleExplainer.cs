using Microfactory.Planning.Model;

namespace Microfactory.Planning.Explaining;

/// <summary>Traces the critical chain behind a job's completion through a schedule.</summary>
public static class ScheduleExplainer
{
    /// <summary>
    /// Walks back from the job's last-ending operation: at each step the operation's start is matched
    /// to the end of its latest job predecessor (preferred), of the operation before it on its
    /// machine, to the end of an unavailability window, or to the job's release.
    /// </summary>
    public static JobExplanation Explain(Instance instance, Schedule schedule, int job)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentOutOfRangeException.ThrowIfNegative(job);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(job, instance.Jobs.Count);
        var byMachine = schedule.Assignments.GroupBy(a => a.Machine).ToDictionary(g => g.Key, g => g.OrderBy(a => a.EndTick).ToList());
        var chain = new List<ChainLink>();
        var operations = Enumerable.Range(0, instance.Jobs[job].Operations.Count).Select(o => schedule.Find(job, o)).ToList();
        if (operations.Any(a => a is null))
        {
            throw new ArgumentException($"job {job} is not fully scheduled", nameof(schedule));
        }
        // The job completes with its operation that ends last (the last one of a chain).
        Assignment? current = operations.MaxBy(a => (a!.EndTick, a.Operation));
        while (current is not null)
        {
            var predecessors = instance.Jobs[current.Job].Operations[current.Operation].PredecessorsAt(current.Operation);
            var jobPredecessor = predecessors.Select(p => schedule.Find(current.Job, p)).Where(a => a is not null).MaxBy(a => a!.EndTick);
            var ownReady = Math.Max(jobPredecessor?.EndTick ?? 0, instance.Jobs[current.Job].ReleaseTick);
            var wait = current.StartTick - ownReady;
            Assignment? next = null;
            StartReason reason;
            if (jobPredecessor is not null && jobPredecessor.EndTick == current.StartTick)
            {
                reason = StartReason.JobPredecessor;
                next = jobPredecessor;
            }
            else if (MachinePredecessor(byMachine[current.Machine], current) is { } blocker)
            {
                reason = StartReason.MachineBusy;
                next = blocker;
            }
            else if (instance.Machines[current.Machine].Unavailable.Any(w => w.EndTick == current.StartTick))
            {
                reason = StartReason.MachineUnavailable;
            }
            else if (current.StartTick == 0)
            {
                reason = StartReason.ScheduleStart;
            }
            else if (current.StartTick == instance.Jobs[current.Job].ReleaseTick)
            {
                reason = StartReason.Release;
            }
            else
            {
                reason = StartReason.Slack;
            }
            chain.Add(new ChainLink(current.Job, current.Operation, current.Machine, current.StartTick, current.EndTick, reason, Math.Max(0, wait)));
            current = next;
        }
        chain.Reverse();
        return new JobExplanation(job, chain[^1].EndTick, chain);
    }

    /// <summary>The operation on the same machine that ends exactly when <paramref name="a"/> starts, if any.</summary>
    private static Assignment? MachinePredecessor(List<Assignment> onMachine, Assignment a) =>
        onMachine.LastOrDefault(b => b != a && b.EndTick == a.StartTick && b.EndTick > b.StartTick);
}
