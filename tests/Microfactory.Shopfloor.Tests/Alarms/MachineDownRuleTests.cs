using Microfactory.Shopfloor.Alarms;
using Microfactory.Shopfloor.Machines;
using static Microfactory.Shopfloor.Tests.Alarms.AlarmTestData;

namespace Microfactory.Shopfloor.Tests.Alarms;

public sealed class MachineDownRuleTests
{
    [Fact]
    public void Evaluate_MachineEntersDown_RaisesACriticalAlarmAtTheInstantItWentDown()
    {
        var decision = Decide(Observe(5, [Machine(MachineState.Down, sinceMinutes: 2)]));

        var alarm = Assert.Single(decision.Raise);
        Assert.Equal(AlarmKind.MachineDown, alarm.Kind);
        Assert.Equal("mch_1", alarm.MachineId);
        Assert.Null(alarm.OperationId);
        Assert.Equal(At(2), alarm.RaisedAt);
        Assert.Equal(AlarmSeverity.Critical, alarm.Severity);
        Assert.Equal("machine-down|mch_1||2026-11-30T10:02:00.000Z", alarm.Key);
        Assert.Contains("Machine mch_1 is down since 2026-11-30 10:02 UTC", alarm.Message, StringComparison.Ordinal);
        Assert.Empty(decision.Clear);
    }

    [Fact]
    public void Evaluate_SameObservationsLater_GivesTheSameKeyAndRaisesNothingWhileOpen()
    {
        var first = Decide(Observe(5, [Machine(MachineState.Down, sinceMinutes: 2)])).Raise.Single();
        var again = Decide(Observe(30, [Machine(MachineState.Down, sinceMinutes: 2)])).Raise.Single();

        var withOpen = Decide(Observe(30, [Machine(MachineState.Down, sinceMinutes: 2)]), [first]);

        Assert.Equal(first.Key, again.Key);
        Assert.Empty(withOpen.Raise);
        Assert.Empty(withOpen.Clear);
    }

    [Fact]
    public void Evaluate_OpenAlarmStoredWithMicroseconds_StillMatchesItsEpisode()
    {
        var since = At(2).AddTicks(1_234_567);
        var raised = Decide(Observe(5, [Machine(MachineState.Down) with { StateSince = since }])).Raise.Single();
        var stored = raised with { RaisedAt = since.AddTicks(-7) };

        var decision = Decide(Observe(9, [Machine(MachineState.Down) with { StateSince = since }]), [stored]);

        Assert.Equal(raised.Key, stored.Key);
        Assert.Empty(decision.Raise);
        Assert.Empty(decision.Clear);
    }

    [Fact]
    public void Evaluate_MachineLeavesDown_ClearsAtTheInstantItLeft()
    {
        var open = Decide(Observe(5, [Machine(MachineState.Down, sinceMinutes: 2)])).Raise.Single();

        var decision = Decide(Observe(60, [Machine(MachineState.Running, sinceMinutes: 47)]), [open]);

        var clearance = Assert.Single(decision.Clear);
        Assert.Equal(open.Key, clearance.Key);
        Assert.Equal(At(47), clearance.ClearedAt);
        Assert.Contains("running again", clearance.Reason, StringComparison.Ordinal);
        Assert.Empty(decision.Raise);
    }

    [Fact]
    public void Evaluate_DownAgainSinceALaterInstant_ClosesTheOldAlarmAndRaisesANewOne()
    {
        var open = Decide(Observe(5, [Machine(MachineState.Down, sinceMinutes: 2)])).Raise.Single();

        var decision = Decide(Observe(60, [Machine(MachineState.Down, sinceMinutes: 50)]), [open]);

        Assert.Equal(At(50), Assert.Single(decision.Raise).RaisedAt);
        Assert.Equal(open.Key, Assert.Single(decision.Clear).Key);
    }

    [Fact]
    public void Evaluate_MachineNoLongerObserved_ClearsItsAlarmNow()
    {
        var open = Decide(Observe(5, [Machine(MachineState.Down, sinceMinutes: 2)])).Raise.Single();

        var clearance = Assert.Single(Decide(Observe(9), [open]).Clear);

        Assert.Equal(At(9), clearance.ClearedAt);
        Assert.Contains("no longer observed", clearance.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DuplicateOpenRows_AreClearedOnce()
    {
        var open = Decide(Observe(5, [Machine(MachineState.Down, sinceMinutes: 2)])).Raise.Single();

        var decision = Decide(Observe(9, [Machine(MachineState.Idle, sinceMinutes: 8)]), [open, open]);

        Assert.Single(decision.Clear);
    }
}
