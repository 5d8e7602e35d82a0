using Microfactory.Simulation.Engine;
using Microfactory.Simulation.Events;
using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Tests.Engine;

/// <summary>Long seeded runs: the drawn failures, repairs and scrap follow the model's figures.</summary>
public sealed class FailureStatisticsTests
{
    [Theory]
    [InlineData(11, 1000.0, 100.0)]
    [InlineData(12, 3600.0, 900.0)]
    public void RunUntil_LongRun_MeanUpTimeIsMtbfAndMeanRepairIsMttr(long seed, double mtbf, double mttr)
    {
        var model = TestModels.Build([new MachineSpec("m1", 1, 5).WithFailures(mtbf, mttr)], [], seed);

        var states = Simulator.Collect(model, 20_000_000).OfType<MachineStateChanged>().ToList();

        var up = new List<long>();
        var down = new List<long>();
        for (var i = 1; i < states.Count; i++)
        {
            var interval = states[i].Tick - states[i - 1].Tick;
            (states[i].Reason == StateChangeReason.Failure ? up : down).Add(interval);
        }
        Assert.True(up.Count > 4000, $"only {up.Count} failures");
        Assert.InRange(up.Average(), mtbf * 0.95, mtbf * 1.05);
        Assert.InRange(down.Average(), mttr * 0.95, mttr * 1.05);
    }

    [Fact]
    public void RunUntil_FailuresDuringAnOperation_PauseItAndKeepItsRemainingWork()
    {
        // One part of 100,000 s, no noise: it takes exactly its planned time plus the time spent down.
        var model = TestModels.Build([new MachineSpec("m1", 1, 5).WithFailures(5000, 500)], [new OperationSpec("A", "m1", 100_000)], seed: 3);

        var events = Simulator.Collect(model, 10_000_000);

        var paused = events.OfType<OperationPaused>().ToList();
        var resumed = events.OfType<OperationResumed>().ToList();
        Assert.True(paused.Count >= 5, $"only {paused.Count} interruptions");
        Assert.Equal(paused.Count, resumed.Count);
        var downTicks = paused.Zip(resumed, (p, r) => r.Tick - p.Tick).Sum();
        Assert.Equal(100_000 + downTicks, ExactRunTests.Finished(events, "A") - ExactRunTests.Started(events, "A"));
        Assert.All(paused, p => Assert.Equal(StateChangeReason.Failure, p.Reason));
    }

    [Fact]
    public void RunUntil_ManyParts_ScrapFractionIsTheScrapRate()
    {
        var model = TestModels.Build([new MachineSpec("m1", 0, 1, ScrapRate: 0.1)], [new OperationSpec("A", "m1", 1, Quantity: 200_000)], seed: 4);

        var finished = Simulator.Collect(model, 300_000).OfType<OperationFinished>().Single();

        Assert.Equal(200_000, finished.Good + finished.Scrap);
        Assert.InRange(finished.Scrap / 200_000.0, 0.097, 0.103);
    }

    [Fact]
    public void RunUntil_DurationNoise_MeanStaysThePlannedTime()
    {
        var model = TestModels.Build([new MachineSpec("m1", 0, 1, DurationCv: 0.5)], [new OperationSpec("A", "m1", 100, Quantity: 20_000)], seed: 6);

        var parts = Simulator.Collect(model, 10_000_000).OfType<PartsCounted>().Select(p => p.Tick).ToList();

        var durations = parts.Zip(parts.Skip(1), (a, b) => (double)(b - a)).ToList();
        Assert.InRange(durations.Average(), 98, 102);
        var sd = Math.Sqrt(durations.Average(d => (d - durations.Average()) * (d - durations.Average())));
        Assert.InRange(sd / durations.Average(), 0.46, 0.54);
        Assert.All(durations, d => Assert.True(d >= 1));
    }
}
