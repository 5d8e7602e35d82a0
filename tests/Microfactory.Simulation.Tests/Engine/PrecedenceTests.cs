using Microfactory.Simulation.Engine;
using Microfactory.Simulation.Events;

namespace Microfactory.Simulation.Tests.Engine;

/// <summary>Properties that every run must have, checked on noisy factories with failures.</summary>
public sealed class PrecedenceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RunUntil_NoisyFactoryWithFailures_RespectsPredecessorsEarliestStartsAndMachineOrder(long seed)
    {
        var model = TestModels.Factory(6, 300, seed);

        var events = Simulator.Collect(model, 2_000_000);

        var started = events.OfType<OperationStarted>().ToDictionary(e => e.OperationId, e => e.Tick);
        var finished = events.OfType<OperationFinished>().ToDictionary(e => e.OperationId, e => e.Tick);
        Assert.Equal(model.Operations.Count, finished.Count);
        foreach (var operation in model.Operations)
        {
            Assert.True(started[operation.Id] >= operation.EarliestStartTick, operation.Id);
            foreach (var predecessor in operation.Predecessors ?? [])
            {
                Assert.True(started[operation.Id] >= finished[predecessor], $"{operation.Id} started before {predecessor} finished");
            }
        }
        foreach (var group in model.Operations.GroupBy(o => o.MachineId))
        {
            var queue = group.ToList();
            for (var i = 1; i < queue.Count; i++)
            {
                Assert.True(started[queue[i].Id] >= finished[queue[i - 1].Id], $"{queue[i].Id} overtook {queue[i - 1].Id} on {group.Key}");
            }
        }
    }

    [Fact]
    public void RunUntil_AnyRun_MetersNeverDecreaseAndStatesAlternate()
    {
        var events = Simulator.Collect(TestModels.Factory(5, 200, seed: 9), 1_000_000);

        foreach (var machine in events.GroupBy(e => e.MachineId))
        {
            var readings = machine.OfType<EnergyMetered>().ToList();
            Assert.All(readings.Zip(readings.Skip(1)), pair => Assert.True(pair.Second.MeterKwh >= pair.First.MeterKwh && pair.Second.Tick >= pair.First.Tick));
            var states = machine.OfType<MachineStateChanged>().ToList();
            Assert.All(states.Zip(states.Skip(1)), pair => Assert.NotEqual(pair.First.State, pair.Second.State));
        }
        Assert.True(events.Zip(events.Skip(1)).All(pair => pair.Second.Tick >= pair.First.Tick));
    }
}
