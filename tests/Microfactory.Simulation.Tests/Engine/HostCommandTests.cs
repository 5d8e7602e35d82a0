using Microfactory.Simulation.Engine;
using Microfactory.Simulation.Events;
using Microfactory.Simulation.Model;

namespace Microfactory.Simulation.Tests.Engine;

/// <summary>The host forcing machines down and up, and switching them off and on.</summary>
public sealed class HostCommandTests
{
    [Fact]
    public void ForceDown_WhileRunning_PausesUntilForceUpAndKeepsTheRemainingWork()
    {
        var model = TestModels.Build([new MachineSpec("m1", 1, 10)], [new OperationSpec("A", "m1", 100)]);
        var collector = new EventCollector();
        var simulator = new Simulator(model, collector);
        simulator.RunUntil(40);

        Assert.True(simulator.ForceDown("m1").IsSuccess);
        simulator.RunUntil(500);
        Assert.Equal(SimulatedMachineState.Down, simulator.MachineStatuses()[0].State);
        Assert.True(simulator.ForceUp("m1").IsSuccess);
        simulator.RunUntil(1000);

        var events = collector.Events;
        Assert.Contains(new OperationPaused("m1", "A", 40, StateChangeReason.ForcedDown), events);
        Assert.Contains(new OperationResumed("m1", "A", 500), events);
        Assert.Equal(560, ExactRunTests.Finished(events, "A"));
        // 100 s at 10 kW, 460 s down plus 440 s idle at 1 kW.
        Assert.Equal(((100 * 10.0) + (900 * 1.0)) / 3600, simulator.MachineStatuses()[0].MeterKwh, 12);
    }

    [Fact]
    public void ForceDown_DuringSetup_ResumesIntoSetupWithTheSetupLeft()
    {
        var model = TestModels.Build([new MachineSpec("m1", 0, 1)], [new OperationSpec("A", "m1", 40, SetupTicks: 50)]);
        var collector = new EventCollector();
        var simulator = new Simulator(model, collector);
        simulator.RunUntil(20);

        simulator.ForceDown("m1");
        simulator.RunUntil(100);
        simulator.ForceUp("m1");
        simulator.RunUntil(1000);

        var states = collector.Events.OfType<MachineStateChanged>().Select(e => (e.State, e.Tick, e.Reason)).ToList();
        Assert.Equal(
            [
                (SimulatedMachineState.Idle, 0L, StateChangeReason.PowerOn),
                (SimulatedMachineState.Setup, 0L, StateChangeReason.OperationStarted),
                (SimulatedMachineState.Down, 20L, StateChangeReason.ForcedDown),
                (SimulatedMachineState.Setup, 100L, StateChangeReason.ForcedUp),
                (SimulatedMachineState.Running, 130L, StateChangeReason.SetupDone),
                (SimulatedMachineState.Idle, 170L, StateChangeReason.OperationFinished),
            ],
            states);
    }

    [Fact]
    public void ForceUp_DuringARepair_EndsTheRepairNow()
    {
        var model = TestModels.Build([new MachineSpec("m1", 0, 1, TimeBetweenFailures: Distribution.Exponential(1000), TimeToRepair: Distribution.Constant(1_000_000))], [], seed: 2);
        var collector = new EventCollector();
        var simulator = new Simulator(model, collector);
        simulator.RunUntil(100_000);
        var failure = collector.Events.OfType<MachineStateChanged>().First(e => e.Reason == StateChangeReason.Failure);

        simulator.ForceUp("m1");

        var last = collector.Events.OfType<MachineStateChanged>().Last();
        Assert.Equal(new MachineStateChanged("m1", SimulatedMachineState.Idle, 100_000, StateChangeReason.ForcedUp), last);
        Assert.True(failure.Tick < 100_000);
        Assert.DoesNotContain(collector.Events.OfType<MachineStateChanged>(), e => e.Reason == StateChangeReason.Repaired);
    }

    [Fact]
    public void SwitchOff_Idle_DrawsNothingAndStartsNothingUntilSwitchedOn()
    {
        var model = TestModels.Build([new MachineSpec("m1", 6, 6)], [new OperationSpec("A", "m1", 10, EarliestStartTick: 100)]);
        var collector = new EventCollector();
        var simulator = new Simulator(model, collector);
        simulator.RunUntil(60);

        Assert.True(simulator.SwitchOff("m1").IsSuccess);
        simulator.RunUntil(600);
        simulator.SwitchOn("m1");
        simulator.RunUntil(1000);

        Assert.Equal(600, ExactRunTests.Started(collector.Events, "A"));
        // On for 60 s before and 400 s after the switch-off, at 6 kW either way.
        Assert.Equal(6.0 * 460 / 3600, simulator.MachineStatuses()[0].MeterKwh, 12);
    }

    [Fact]
    public void SwitchOff_WhileWorking_IsRefusedAndChangesNothing()
    {
        var model = TestModels.Build([new MachineSpec("m1", 0, 1)], [new OperationSpec("A", "m1", 100)]);
        var simulator = new Simulator(model, new EventCollector());
        simulator.RunUntil(10);

        var result = simulator.SwitchOff("m1");

        Assert.False(result.IsSuccess);
        Assert.StartsWith("machineId: 'm1' is working on operation 'A'", result.Error, StringComparison.Ordinal);
        Assert.Equal(SimulatedMachineState.Running, simulator.MachineStatuses()[0].State);
    }

    [Fact]
    public void ForceDown_UnknownMachine_IsRefusedNamingTheField()
    {
        var simulator = new Simulator(TestModels.Build([new MachineSpec("m1", 0, 1)], []), new EventCollector());

        var result = simulator.ForceDown("m9");

        Assert.Equal("machineId: 'm9' is not a machine of the model", result.Error);
    }
}
