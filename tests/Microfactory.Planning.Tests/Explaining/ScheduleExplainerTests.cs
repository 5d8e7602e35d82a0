using Microfactory.Planning.Explaining;
using Microfactory.Planning.Model;
using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Tests.Explaining;

public sealed class ScheduleExplainerTests
{
    [Fact]
    public void Explain_JobWaitingForMachine_ChainShowsTheBlockingJob()
    {
        var instance = TestInstances.Create([TestInstances.Chain((0, 5)), TestInstances.Chain((0, 3), (1, 2))], 2);
        var schedule = new Schedule([new(0, 0, 0, 0, 5), new(1, 0, 0, 5, 8), new(1, 1, 1, 8, 10)]);

        var explanation = ScheduleExplainer.Explain(instance, schedule, 1);

        Assert.Equal(10, explanation.CompletionTick);
        Assert.Equal(
            [(0, 0, StartReason.ScheduleStart, 0L), (1, 0, StartReason.MachineBusy, 5L), (1, 1, StartReason.JobPredecessor, 0L)],
            explanation.Chain.Select(l => (l.Job, l.Operation, l.Reason, l.WaitTicks)));
        Assert.Equal(3, explanation.Lines().Count());
    }

    [Fact]
    public void Explain_WindowAndRelease_NamedAsReasons()
    {
        var machines = new[] { new Machine("a", 0, [new TimeWindow(0, 4)]), new Machine("b", 0, []) };
        var instance = TestInstances.Create([TestInstances.Chain((0, 2)), TestInstances.Chain((1, 3)) with { ReleaseTick = 7 }], machines);
        var schedule = new Schedule([new(0, 0, 0, 4, 6), new(1, 0, 1, 7, 10)]);

        Assert.Equal(StartReason.MachineUnavailable, ScheduleExplainer.Explain(instance, schedule, 0).Chain.Single().Reason);
        Assert.Equal(StartReason.Release, ScheduleExplainer.Explain(instance, schedule, 1).Chain.Single().Reason);
    }

    [Fact]
    public void Explain_MakespanJobOfSolvedSchedule_ChainIsGaplessFromStart()
    {
        var instance = TestInstances.Load(Path.Combine("jssp", "ft06.txt"));
        var schedule = Solver.Solve(instance, new SolverOptions { MaxIterations = 2_000 }).Schedule;
        var lastJob = schedule.Assignments.MaxBy(a => a.EndTick)!.Job;

        var explanation = ScheduleExplainer.Explain(instance, schedule, lastJob);

        // Semi-active schedules have a critical path from time 0 to the makespan with no slack.
        Assert.Equal(schedule.MakespanTicks, explanation.CompletionTick);
        Assert.Equal(0, explanation.Chain[0].StartTick);
        Assert.All(explanation.Chain.Zip(explanation.Chain.Skip(1)), p => Assert.Equal(p.First.EndTick, p.Second.StartTick));
    }
}
