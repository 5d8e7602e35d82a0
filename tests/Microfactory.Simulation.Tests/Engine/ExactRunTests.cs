using Microfactory.Simulation.Engine;
using Microfactory.Simulation.Events;
using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Tests.Engine;

/// <summary>Runs without noise, failures or scrap, checked against timelines computed by hand.</summary>
public sealed class ExactRunTests
{
    private const SimulatedMachineState Idle = SimulatedMachineState.Idle;
    private const SimulatedMachineState Setup = SimulatedMachineState.Setup;
    private const SimulatedMachineState Running = SimulatedMachineState.Running;

    [Fact]
    public void RunUntil_OneMachineTwoOperations_GivesTheHandComputedEventStream()
    {
        // 1 kW idle, 36 kW working (= 0.01 kWh per working second). A: 2 parts × 100 s, no setup. B: setup 50 s, 1 part × 30 s.
        var model = TestModels.Build(
            [new MachineSpec("m1", IdleKw: 1, WorkingKw: 36)],
            [new OperationSpec("A", "m1", 100, Quantity: 2), new OperationSpec("B", "m1", 30, SetupTicks: 50)],
            meterIntervalTicks: 1000);

        var events = Simulator.Collect(model, 1000);

        ISimulationEvent[] expected =
        [
            new MachineStateChanged("m1", Idle, 0, StateChangeReason.PowerOn),
            new EnergyMetered("m1", 0, 0),
            new MachineStateChanged("m1", Running, 0, StateChangeReason.OperationStarted),
            new EnergyMetered("m1", 0, 0),
            new OperationStarted("m1", "A", 0),
            new PartsCounted("m1", "A", 1, 0, 100),
            new PartsCounted("m1", "A", 2, 0, 200),
            new OperationFinished("m1", "A", 2, 0, 200),
            new MachineStateChanged("m1", Setup, 200, StateChangeReason.OperationStarted),
            new EnergyMetered("m1", 36.0 * 200 / 3600, 200),
            new OperationStarted("m1", "B", 200),
            new MachineStateChanged("m1", Running, 250, StateChangeReason.SetupDone),
            new EnergyMetered("m1", 36.0 * 250 / 3600, 250),
            new PartsCounted("m1", "B", 1, 0, 280),
            new OperationFinished("m1", "B", 1, 0, 280),
            new MachineStateChanged("m1", Idle, 280, StateChangeReason.OperationFinished),
            new EnergyMetered("m1", 36.0 * 280 / 3600, 280),
            new EnergyMetered("m1", ((36.0 * 280) + (1.0 * 720)) / 3600, 1000),
        ];
        Assert.Equal(expected, events);
    }

    [Fact]
    public void RunUntil_PredecessorOnAnotherMachineAndEarliestStart_StartsAndFinishesAtTheHandComputedTicks()
    {
        // m1: A (10 s) not before tick 20. m2 runs B then C in plan order; B needs A, so C waits behind B although it is free.
        var model = TestModels.Build(
            [new MachineSpec("m1", 0, 1), new MachineSpec("m2", 0, 1, SetupSeconds: 3)],
            [
                new OperationSpec("A", "m1", 10, EarliestStartTick: 20),
                new OperationSpec("B", "m2", 5, SetupTicks: 0, Predecessors: ["A"]),
                new OperationSpec("C", "m2", 7),
            ]);

        var events = Simulator.Collect(model, 100);

        Assert.Equal(20, Started(events, "A"));
        Assert.Equal(30, Finished(events, "A"));
        Assert.Equal(30, Started(events, "B"));
        Assert.Equal(35, Finished(events, "B"));
        Assert.Equal(35, Started(events, "C"));
        Assert.Equal(35 + 3 + 7, Finished(events, "C")); // C takes the machine's default setup of 3 s
    }

    [Fact]
    public void RunUntil_OperationFollowsDirectlyWithoutSetup_EmitsNoZeroLengthIdle()
    {
        var model = TestModels.Build([new MachineSpec("m1", 0, 1)], [new OperationSpec("A", "m1", 10), new OperationSpec("B", "m1", 10, Predecessors: ["A"])]);

        var states = Simulator.Collect(model, 100).OfType<MachineStateChanged>().Select(e => (e.State, e.Tick)).ToList();

        Assert.Equal([(Idle, 0L), (Running, 0L), (Idle, 20L)], states);
    }

    [Fact]
    public void RunUntil_PeriodicMeter_ReadsEveryIntervalWithIdleAndWorkingPower()
    {
        // 2 kW idle, 10 kW working; A runs 0..90; readings every 60 s.
        var model = TestModels.Build([new MachineSpec("m1", 2, 10)], [new OperationSpec("A", "m1", 90)], meterIntervalTicks: 60);

        var readings = Simulator.Collect(model, 180).OfType<EnergyMetered>().Where(e => e.Tick % 60 == 0 && e.Tick > 0).ToList();

        Assert.Equal([60L, 120L, 180L], readings.Select(r => r.Tick));
        Assert.Equal(10.0 * 60 / 3600, readings[0].MeterKwh, 12);
        Assert.Equal(((10.0 * 90) + (2.0 * 30)) / 3600, readings[1].MeterKwh, 12);
        Assert.Equal(((10.0 * 90) + (2.0 * 90)) / 3600, readings[2].MeterKwh, 12);
    }

    [Fact]
    public void RunUntil_InSteps_GivesTheSameEventsAsOneCall()
    {
        var model = TestModels.Factory(8, 200, seed: 5);
        var whole = Simulator.Collect(model, 200_000);
        var collector = new EventCollector();
        var simulator = new Simulator(model, collector);

        for (var t = 0L; t <= 200_000; t += 997)
        {
            Assert.True(simulator.RunUntil(t).IsSuccess);
        }
        simulator.RunUntil(200_000);

        Assert.Equal(whole, collector.Events);
    }

    [Fact]
    public void RunUntil_EarlierThanNow_IsRefusedNamingTheField()
    {
        var simulator = new Simulator(TestModels.Build([new MachineSpec("m1", 0, 1)], []), new EventCollector());
        simulator.RunUntil(50);

        var result = simulator.RunUntil(49);

        Assert.False(result.IsSuccess);
        Assert.StartsWith("tick:", result.Error, StringComparison.Ordinal);
        Assert.Equal(50, simulator.Now);
    }

    internal static long Started(IEnumerable<ISimulationEvent> events, string id) => events.OfType<OperationStarted>().Single(e => e.OperationId == id).Tick;

    internal static long Finished(IEnumerable<ISimulationEvent> events, string id) => events.OfType<OperationFinished>().Single(e => e.OperationId == id).Tick;
}
