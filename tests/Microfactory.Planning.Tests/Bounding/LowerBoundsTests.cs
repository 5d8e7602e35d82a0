using System.Globalization;
using Microfactory.Planning.Bounding;
using Microfactory.Planning.Checking;
using Microfactory.Planning.Model;

namespace Microfactory.Planning.Tests.Bounding;

public sealed class LowerBoundsTests
{
    /// <summary>Rows of bench/instances/best-known.csv: relative instance path and best known makespan.</summary>
    public static TheoryData<string, long> BestKnown()
    {
        var rows = new TheoryData<string, long>();
        foreach (var line in File.ReadLines(Path.Combine(TestInstances.Root, "best-known.csv")).Skip(1))
        {
            var fields = line.Split(',');
            var path = fields[0].StartsWith("fjsp-", StringComparison.Ordinal)
                ? Path.Combine("fjsp", fields[0]["fjsp-".Length..], fields[1] + ".fjs")
                : Path.Combine("jssp", fields[1] + ".txt");
            rows.Add(path, long.Parse(fields[5], CultureInfo.InvariantCulture));
        }
        return rows;
    }

    [Fact]
    public void BestKnown_CoversEveryShippedInstance()
    {
        Assert.Equal(TestInstances.AllFiles().Order(StringComparer.Ordinal), BestKnown().Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BestKnown))]
    public void Makespan_ShippedInstance_NeverExceedsTheBestKnownMakespan(string file, long bestKnown)
    {
        var bound = LowerBounds.Makespan(TestInstances.Load(file));

        Assert.InRange(bound.Ticks, 1, bestKnown);
    }

    [Theory]
    [InlineData("jssp/ft06.txt", 55)]
    [InlineData("jssp/la01.txt", 666)]
    [InlineData("jssp/la02.txt", 655)]
    [InlineData("jssp/la03.txt", 597)]
    [InlineData("jssp/la05.txt", 593)]
    [InlineData("fjsp/brandimarte/mk01.fjs", 40)]
    public void Makespan_SmallClosedInstance_MeetsTheOptimum(string file, long optimum)
    {
        Assert.Equal(optimum, LowerBounds.Makespan(TestInstances.Load(file)).Ticks);
    }

    [Fact]
    public void Makespan_ReleasedJob_IsReleasePlusItsShortestPath()
    {
        var flexible = new Operation([new MachineOption(0, 4), new MachineOption(1, 2)]);
        var instance = TestInstances.Create([new Job([flexible, new Operation([new MachineOption(1, 3)])], ReleaseTick: 10), TestInstances.Chain((0, 1))], 2);

        var bound = LowerBounds.Makespan(instance);

        Assert.Equal(15, bound.Ticks);
        Assert.Equal(BoundKind.JobPath, bound.Kind);
        Assert.Equal("longest path of job 0", bound.Describe(instance));
    }

    [Fact]
    public void Makespan_HeadsAndTailsAroundTheBottleneck_GiveTheOneMachineBound()
    {
        // Machine 0 carries 8 ticks, machine 1 12, each job 10: the simple bounds say 12. But
        // nothing reaches machine 0 before tick 3 and 3 ticks follow its work: 3 + 8 + 3 = 14,
        // which this schedule attains: job 0 on M1 0-3, M0 3-7, M1 7-10; job 1 on M1 3-6, M0 7-11, M1 11-14.
        var instance = TestInstances.Create([TestInstances.Chain((1, 3), (0, 4), (1, 3)), TestInstances.Chain((1, 3), (0, 4), (1, 3))], 2);
        var schedule = new Schedule([new(0, 0, 1, 0, 3), new(0, 1, 0, 3, 7), new(0, 2, 1, 7, 10), new(1, 0, 1, 3, 6), new(1, 1, 0, 7, 11), new(1, 2, 1, 11, 14)]);

        var bound = LowerBounds.Makespan(instance);

        Assert.Empty(FeasibilityChecker.Check(instance, schedule));
        Assert.Equal(14, bound.Ticks);
        Assert.Equal(BoundKind.OneMachine, bound.Kind);
        Assert.Equal([0], bound.Subject);
        Assert.Equal("one-machine bound on M0", bound.Describe(instance));
    }

    [Fact]
    public void Makespan_WorkOnlyOneMachineCanDo_IsAtLeastItsLoad()
    {
        var anywhere = new Operation([new MachineOption(0, 1), new MachineOption(1, 1), new MachineOption(2, 1)]);
        var instance = TestInstances.Create([TestInstances.Chain((2, 3)), TestInstances.Chain((2, 4)), TestInstances.Chain((2, 5)), new Job([anywhere, anywhere])], 3);

        var bound = LowerBounds.Makespan(instance);

        Assert.Equal(12, bound.Ticks);
        Assert.Equal([2], bound.Subject);
    }

    [Fact]
    public void Makespan_FlexibleWorkOfAGroup_IsSpreadOverTheGroup()
    {
        // Four 3-tick operations that only M0 or M1 can do: 12 ticks over two machines.
        var either = new Operation([new MachineOption(0, 3), new MachineOption(1, 3)]);
        var jobs = Enumerable.Range(0, 4).Select(_ => new Job([either])).Append(TestInstances.Chain((2, 1))).ToArray();
        var instance = TestInstances.Create(jobs, 3);

        var bound = LowerBounds.Makespan(instance);

        Assert.Equal(6, bound.Ticks);
        Assert.Equal(BoundKind.MachineGroup, bound.Kind);
        Assert.Equal([0, 1], bound.Subject);
    }

    [Fact]
    public void Makespan_ZeroLengthOperation_DoesNotCountAsOccupyingItsMachine()
    {
        // Job 1's zero-length step on M0 may sit inside job 0's 10 ticks there, so 10 is feasible;
        // treating it as a disjunctive task would "prove" more.
        var instance = TestInstances.Create([TestInstances.Chain((0, 10)), TestInstances.Chain((1, 3), (0, 0), (1, 3))], 2);
        var schedule = new Schedule([new(0, 0, 0, 0, 10), new(1, 0, 1, 0, 3), new(1, 1, 0, 3, 3), new(1, 2, 1, 3, 6)]);

        var bound = LowerBounds.Makespan(instance);

        Assert.Empty(FeasibilityChecker.Check(instance, schedule));
        Assert.Equal(10, bound.Ticks);
    }

    [Fact]
    public void Makespan_Ft06_IsRaisedByPropagation()
    {
        var instance = TestInstances.Load(Path.Combine("jssp", "ft06.txt"));

        var bound = LowerBounds.Makespan(instance);

        Assert.Equal(BoundKind.Propagation, bound.Kind);
        Assert.Equal("every shorter makespan refuted by constraint propagation", bound.Describe(instance));
    }
}
