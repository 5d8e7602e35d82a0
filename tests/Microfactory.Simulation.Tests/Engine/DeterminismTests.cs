using Microfactory.Simulation.Engine;
using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Tests.Engine;

/// <summary>Same model, seed and calls → the same event stream, bit for bit; another seed → another stream.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void RunUntil_SameModelSeedAndCalls_HashesIdenticallyOverALongRun()
    {
        var first = Run(TestModels.Factory(15, 2000, seed: 42));
        var second = Run(TestModels.Factory(15, 2000, seed: 42));

        Assert.True(first.Count > 100_000, $"only {first.Count} events");
        Assert.Equal(first, second);
    }

    [Fact]
    public void RunUntil_OtherSeed_GivesAnotherStream()
    {
        var model = TestModels.Factory(15, 2000, seed: 42);
        var reseeded = SimulationModel.Create(model.Machines, model.Operations, seed: 43, model.MeterIntervalTicks).Model!;

        Assert.NotEqual(Run(model).Digest, Run(reseeded).Digest);
    }

    // A host-like session: steps of a minute, an operator report, a new plan version.
    private static (string Digest, long Count) Run(SimulationModel model)
    {
        using var sink = new HashingSink();
        var simulator = new Simulator(model, sink);
        for (var t = 0L; t <= 400_000; t += 60)
        {
            simulator.RunUntil(t);
            if (t == 36_000)
            {
                Assert.True(simulator.ForceDown("mch_3").IsSuccess);
            }
            if (t == 40_000 - 40)
            {
                Assert.True(simulator.ForceUp("mch_3").IsSuccess);
                // Version 2: the last 500 jobs are cancelled, the rest run twice as long per part.
                var version2 = model.Operations
                    .Where(o => int.Parse(o.Id.Split('_')[1], System.Globalization.CultureInfo.InvariantCulture) < 1500)
                    .Select(o => o with { RunTicksPerPart = o.RunTicksPerPart * 2 })
                    .ToList();
                Assert.True(simulator.ReplacePlan(version2).IsSuccess);
            }
        }
        return (sink.Digest(), sink.Count);
    }
}
