using Microfactory.Planning.Checking;
using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;
using Microfactory.Planning.Replanning;
using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Tests.Replanning;

public sealed class ReplannerTests
{
    private static readonly SolverOptions Quick = new() { TimeLimit = TimeSpan.FromMinutes(1), MaxIterations = 400, Seed = 9 };

    private static (Instance Instance, Schedule Plan) Planned(string file = "mk01.fjs")
    {
        var instance = TestInstances.Load(Path.Combine("fjsp", "brandimarte", file));
        return (instance, Solver.Solve(instance, Quick).Schedule);
    }

    [Fact]
    public void Replan_MachineBreakdown_StartedAndPinnedWorkNeverMoves()
    {
        var (instance, plan) = Planned();
        var now = plan.MakespanTicks / 3;
        // The breakdown begins once the operation running on machine 0 at 'now' has finished.
        var breakdownStart = plan.Assignments.Where(a => a.Machine == 0 && a.StartTick < now).Select(a => a.EndTick).DefaultIfEmpty(now).Max();
        var window = new TimeWindow(Math.Max(now, breakdownStart), Math.Max(now, breakdownStart) + 15);
        var machines = instance.Machines.Select((m, k) => k == 0 ? m with { Unavailable = [window] } : m).ToArray();
        var broken = instance.WithMachines(machines).Instance!;
        // Pin future operations whose job prefix (kept with them) does not collide with the breakdown.
        bool Collides(Assignment a) => a.Machine == 0 && window.Overlaps(a.StartTick, a.EndTick);
        var pinned = plan.Assignments
            .Where(a => a.StartTick >= now && a.Machine != 0)
            .Where(a => !plan.Assignments.Any(b => b.Job == a.Job && b.Operation <= a.Operation && Collides(b)))
            .Take(3)
            .Select(a => (a.Job, a.Operation))
            .ToHashSet();
        Assert.NotEmpty(pinned);

        var result = Replanner.Replan(new ReplanRequest(broken, plan, now, pinned), Quick);

        AssertInvariants(broken, plan, now, pinned, result.Schedule);
        Assert.True(result.FrozenOperations >= pinned.Count);
    }

    [Fact]
    public void Replan_RushOrder_SchedulesNewJobAfterNowAndKeepsStartedWork()
    {
        var (instance, plan) = Planned();
        var now = plan.MakespanTicks / 2;
        var rush = instance.Jobs[0] with { DueTick = now + 30, Weight = 10 };
        var withRush = instance.WithJobs([.. instance.Jobs, rush]).Instance!;
        var objective = new Objective { Weights = new Dictionary<ObjectiveTerm, double> { [ObjectiveTerm.Makespan] = 1, [ObjectiveTerm.WeightedTardiness] = 1, [ObjectiveTerm.Stability] = 0.01 } };

        var result = Replanner.Replan(new ReplanRequest(withRush, plan, now, new HashSet<(int, int)>()), Quick with { Objective = objective });

        AssertInvariants(withRush, plan, now, new HashSet<(int, int)>(), result.Schedule);
        Assert.All(result.Schedule.Assignments.Where(a => a.Job == withRush.Jobs.Count - 1), a => Assert.True(a.StartTick >= now));
    }

    [Fact]
    public void Repair_LateMaterial_JobStartsAtItsNewReleaseAndOthersKeepOrder()
    {
        var (instance, plan) = Planned();
        var late = plan.Assignments.Where(a => a.Operation == 0).MaxBy(a => a.StartTick)!.Job;
        var newRelease = plan.MakespanTicks / 2;
        var jobs = instance.Jobs.Select((j, i) => i == late ? j with { ReleaseTick = newRelease } : j).ToArray();
        var delayed = instance.WithJobs(jobs).Instance!;

        var result = Replanner.Repair(new ReplanRequest(delayed, plan, 0, new HashSet<(int, int)>()));

        Assert.Empty(FeasibilityChecker.Check(delayed, result.Schedule));
        Assert.True(result.Schedule.Find(late, 0)!.StartTick >= newRelease);
    }

    [Fact]
    public void Replan_SameSeed_GivesSameSchedule()
    {
        var (instance, plan) = Planned("mk04.fjs");
        var request = new ReplanRequest(instance, plan, plan.MakespanTicks / 4, new HashSet<(int, int)>());

        var first = Replanner.Replan(request, Quick);
        var second = Replanner.Replan(request, Quick);

        Assert.Equal(first.Schedule.Assignments, second.Schedule.Assignments);
    }

    [Fact]
    public void Replan_StabilityOnly_LeavesAnUnchangedFactoryAsItWas()
    {
        var (instance, plan) = Planned();
        var stability = new Objective { Weights = new Dictionary<ObjectiveTerm, double> { [ObjectiveTerm.Stability] = 1 } };

        var result = Replanner.Replan(new ReplanRequest(instance, plan, 0, new HashSet<(int, int)>()), Quick with { Objective = stability });

        Assert.Equal(0, result.Breakdown.StabilityTicks);
        Assert.Equal(plan.MakespanTicks, result.Schedule.MakespanTicks);
    }

    private static void AssertInvariants(Instance instance, Schedule before, long now, IReadOnlySet<(int Job, int Operation)> pinned, Schedule after)
    {
        Assert.Empty(FeasibilityChecker.Check(instance, after));
        foreach (var a in before.Assignments.Where(a => a.StartTick < now || pinned.Contains((a.Job, a.Operation))))
        {
            Assert.Equal(a, after.Find(a.Job, a.Operation));
        }
        foreach (var a in after.Assignments.Where(a => !(before.Find(a.Job, a.Operation) is { } b && (b.StartTick < now || pinned.Contains((b.Job, b.Operation))))))
        {
            var predecessorPinned = pinned.Any(p => p.Job == a.Job && p.Operation > a.Operation);
            Assert.True(predecessorPinned || a.StartTick >= now, $"job {a.Job} op {a.Operation} starts at {a.StartTick} before now {now}");
        }
    }
}
