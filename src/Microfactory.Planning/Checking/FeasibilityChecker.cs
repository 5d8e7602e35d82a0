using Microfactory.Planning.Model;

namespace Microfactory.Planning.Checking;

/// <summary>
/// Checks a schedule against an instance from first principles. It deliberately shares no
/// code with the solver, so a solver bug cannot hide behind the same bug in the check.
/// </summary>
public static class FeasibilityChecker
{
    /// <summary>Every rule the schedule breaks, as readable messages; empty when feasible.</summary>
    public static IReadOnlyList<string> Check(Instance instance, Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(schedule);
        var problems = new List<string>();
        var seen = new Dictionary<(int Job, int Operation), Assignment>();
        foreach (var a in schedule.Assignments)
        {
            if (a.Job < 0 || a.Job >= instance.Jobs.Count || a.Operation < 0 || a.Operation >= instance.Jobs[a.Job].Operations.Count)
            {
                problems.Add($"job {a.Job} operation {a.Operation}: no such operation");
                continue;
            }
            if (!seen.TryAdd((a.Job, a.Operation), a))
            {
                problems.Add($"job {a.Job} operation {a.Operation}: assigned twice");
                continue;
            }
            CheckAssignment(instance, a, problems);
        }
        for (var j = 0; j < instance.Jobs.Count; j++)
        {
            var job = instance.Jobs[j];
            for (var o = 0; o < job.Operations.Count; o++)
            {
                if (!seen.TryGetValue((j, o), out var current))
                {
                    problems.Add($"job {j} operation {o}: not scheduled");
                    continue;
                }
                if (current.StartTick < job.ReleaseTick)
                {
                    problems.Add($"job {j} operation {o}: starts at {current.StartTick} before the release at {job.ReleaseTick}");
                }
                foreach (var p in job.Operations[o].PredecessorsAt(o))
                {
                    if (seen.TryGetValue((j, p), out var previous) && current.StartTick < previous.EndTick)
                    {
                        problems.Add($"job {j} operation {o}: starts at {current.StartTick} before operation {p} ends at {previous.EndTick}");
                    }
                }
            }
        }
        CheckMachineOverlaps(seen.Values, problems);
        return problems;
    }

    /// <summary>True when <see cref="Check"/> finds nothing.</summary>
    public static bool IsFeasible(Instance instance, Schedule schedule) => Check(instance, schedule).Count == 0;

    private static void CheckAssignment(Instance instance, Assignment a, List<string> problems)
    {
        var option = instance.Jobs[a.Job].Operations[a.Operation].Options.FirstOrDefault(o => o.Machine == a.Machine);
        if (option is null)
        {
            problems.Add($"job {a.Job} operation {a.Operation}: machine {a.Machine} is not eligible");
            return;
        }
        if (a.StartTick < 0)
        {
            problems.Add($"job {a.Job} operation {a.Operation}: negative start {a.StartTick}");
        }
        if (a.EndTick - a.StartTick != option.SetupTicks + option.DurationTicks)
        {
            problems.Add($"job {a.Job} operation {a.Operation}: runs {a.EndTick - a.StartTick} ticks on machine {a.Machine}, needs {option.SetupTicks + option.DurationTicks}");
        }
        foreach (var window in instance.Machines[a.Machine].Unavailable)
        {
            if (a.EndTick > a.StartTick && window.Overlaps(a.StartTick, a.EndTick))
            {
                problems.Add($"job {a.Job} operation {a.Operation}: [{a.StartTick},{a.EndTick}) overlaps unavailability [{window.StartTick},{window.EndTick}) of machine {a.Machine}");
            }
        }
    }

    private static void CheckMachineOverlaps(IEnumerable<Assignment> assignments, List<string> problems)
    {
        foreach (var group in assignments.GroupBy(a => a.Machine))
        {
            // Zero-length operations occupy no time, so they cannot collide with anything.
            var busy = group.Where(a => a.EndTick > a.StartTick).OrderBy(a => a.StartTick).ThenBy(a => a.EndTick).ToList();
            for (var i = 1; i < busy.Count; i++)
            {
                var before = busy[i - 1];
                var after = busy[i];
                if (after.StartTick < before.EndTick)
                {
                    problems.Add($"machine {group.Key}: job {before.Job} operation {before.Operation} [{before.StartTick},{before.EndTick}) overlaps job {after.Job} operation {after.Operation} [{after.StartTick},{after.EndTick})");
                }
            }
        }
    }
}
