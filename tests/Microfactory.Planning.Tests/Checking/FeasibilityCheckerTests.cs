using Microfactory.Planning.Checking;
using Microfactory.Planning.Model;

namespace Microfactory.Planning.Tests.Checking;

public sealed class FeasibilityCheckerTests
{
    private static readonly Instance TwoJobs = TestInstances.Create(
        [TestInstances.Chain((0, 3), (1, 2)), TestInstances.Chain((1, 4), (0, 1))], 2);

    [Fact]
    public void Check_ValidSchedule_FindsNothing()
    {
        var schedule = new Schedule([new(0, 0, 0, 0, 3), new(0, 1, 1, 4, 6), new(1, 0, 1, 0, 4), new(1, 1, 0, 4, 5)]);

        Assert.Empty(FeasibilityChecker.Check(TwoJobs, schedule));
    }

    [Fact]
    public void Check_MachineOverlap_Reported()
    {
        var schedule = new Schedule([new(0, 0, 0, 0, 3), new(0, 1, 1, 3, 5), new(1, 0, 1, 0, 4), new(1, 1, 0, 4, 5)]);

        Assert.Contains(FeasibilityChecker.Check(TwoJobs, schedule), p => p.StartsWith("machine 1:", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PrecedenceBroken_Reported()
    {
        var schedule = new Schedule([new(0, 0, 0, 0, 3), new(0, 1, 1, 4, 6), new(1, 0, 1, 0, 4), new(1, 1, 0, 3, 4)]);

        Assert.Contains(FeasibilityChecker.Check(TwoJobs, schedule), p => p.Contains("before operation 0 ends", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WrongDurationIneligibleMachineAndMissing_AllReported()
    {
        var schedule = new Schedule([new(0, 0, 0, 0, 2), new(0, 1, 0, 4, 6), new(1, 0, 1, 0, 4)]);

        var problems = FeasibilityChecker.Check(TwoJobs, schedule);

        Assert.Contains(problems, p => p.Contains("needs 3", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("not eligible", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("not scheduled", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnavailabilityAndReleaseViolated_Reported()
    {
        var machines = new[] { new Machine("a", 0, [new TimeWindow(2, 5)]) };
        var instance = TestInstances.Create([TestInstances.Chain((0, 2)) with { ReleaseTick = 1 }], machines);

        var problems = FeasibilityChecker.Check(instance, new Schedule([new(0, 0, 0, 0, 2)]));

        Assert.Contains(problems, p => p.Contains("before the release", StringComparison.Ordinal));
        Assert.Empty(FeasibilityChecker.Check(instance, new Schedule([new(0, 0, 0, 5, 7)])));
        Assert.Contains(FeasibilityChecker.Check(instance, new Schedule([new(0, 0, 0, 4, 6)])), p => p.Contains("overlaps unavailability", StringComparison.Ordinal));
    }
}
