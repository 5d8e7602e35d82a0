using Microfactory.Simulation.Engine;
using Microfactory.Simulation.Events;
using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Tests.Engine;

public sealed class RemakeScrapTests
{
    [Fact]
    public void RunUntil_RemakeScrap_MakesPartsUntilTheQuantityIsGoodAndTakesTheTimeOfEachAttempt()
    {
        var model = TestModels.Build([new MachineSpec("m1", 0, 1, ScrapRate: 0.3)], [new OperationSpec("A", "m1", 10, Quantity: 1000, RemakeScrap: true)], seed: 7);

        var events = Simulator.Collect(model, 1_000_000);

        var finished = events.OfType<OperationFinished>().Single();
        Assert.Equal(1000, finished.Good);
        Assert.InRange(finished.Scrap / (double)(finished.Good + finished.Scrap), 0.26, 0.34);
        Assert.Equal(10L * (finished.Good + finished.Scrap), finished.Tick);
    }

    [Fact]
    public void RunUntil_RemakeScrapWithCertainScrap_StopsAfterTheAttemptLimit()
    {
        var model = TestModels.Build([new MachineSpec("m1", 0, 1, ScrapRate: 1)], [new OperationSpec("A", "m1", 5, Quantity: 2, RemakeScrap: true)], seed: 1);

        var finished = Simulator.Collect(model, 1_000_000).OfType<OperationFinished>().Single();

        Assert.Equal((0, 2 * OperationSpec.MaxAttemptsPerPart), (finished.Good, finished.Scrap));
    }

    [Fact]
    public void RunUntil_NoRemake_ScrapIsNotMadeAgain()
    {
        var model = TestModels.Build([new MachineSpec("m1", 0, 1, ScrapRate: 1)], [new OperationSpec("A", "m1", 5, Quantity: 3)], seed: 1);

        var finished = Simulator.Collect(model, 1_000_000).OfType<OperationFinished>().Single();

        Assert.Equal((0, 3, 15L), (finished.Good, finished.Scrap, finished.Tick));
    }
}
