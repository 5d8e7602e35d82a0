using Microfactory.Shopfloor.Alarms;
using Microfactory.Shopfloor.Execution;
using static Microfactory.Shopfloor.Tests.Alarms.AlarmTestData;

namespace Microfactory.Shopfloor.Tests.Alarms;

public sealed class OperationOverrunRuleTests
{
    // Defaults: allowance max(10 %, 5 min); a 60-minute operation may work 66 minutes.
    [Fact]
    public void Evaluate_ExactlyAtTheMargin_RaisesNothing()
    {
        Assert.Empty(Decide(Observe(66, operations: [Operation(60)])).Raise);
    }

    [Fact]
    public void Evaluate_OneSecondPastTheMargin_RaisesDatedAtTheMargin()
    {
        var alarm = Assert.Single(Decide(Observe(66 + (1 / 60.0), operations: [Operation(60)])).Raise);

        Assert.Equal(AlarmKind.OperationOverrun, alarm.Kind);
        Assert.Equal("op_1", alarm.OperationId);
        Assert.Equal(At(66), alarm.RaisedAt);
        Assert.Equal(AlarmSeverity.Warning, alarm.Severity);
        Assert.Equal("Operation op_1 on machine mch_1 has worked 1 h 6 min against a planned 1 h (allowed up to 1 h 6 min).", alarm.Message);
    }

    [Fact]
    public void Evaluate_ShortOperation_UsesTheMinimumMinutes()
    {
        // 20 minutes planned: 10 % is 2 minutes, less than the 5-minute minimum.
        Assert.Empty(Decide(Observe(25, operations: [Operation(20)])).Raise);
        Assert.Equal(At(25), Decide(Observe(26, operations: [Operation(20)])).Raise.Single().RaisedAt);
    }

    [Fact]
    public void Evaluate_ClosedPause_IsNotCountedAndMovesTheRaiseInstant()
    {
        OperationPause[] pauses = [new(At(30), At(50))];

        Assert.Empty(Decide(Observe(86, operations: [Operation(60, pauses: pauses)])).Raise);
        var alarm = Decide(Observe(90, operations: [Operation(60, pauses: pauses)])).Raise.Single();

        Assert.Equal(At(86), alarm.RaisedAt);
        Assert.Contains("20 min of pauses not counted", alarm.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PausedBeforeTheMargin_StaysQuietHowEverLongThePause()
    {
        var paused = Operation(60, state: OperationState.Paused, pauses: [new(At(40), null)]);

        Assert.Empty(Decide(Observe(600, operations: [paused])).Raise);
    }

    [Fact]
    public void Evaluate_PausedAfterTheMargin_StillOverrunsWithTheSameKey()
    {
        var paused = Operation(60, state: OperationState.Paused, pauses: [new(At(70), null)]);

        var early = Decide(Observe(71, operations: [paused])).Raise.Single();
        var late = Decide(Observe(300, operations: [paused])).Raise.Single();

        Assert.Equal(At(66), early.RaisedAt);
        Assert.Equal(early.Key, late.Key);
    }

    [Fact]
    public void Evaluate_OverlappingPausesAndOneBeforeTheStart_AreCountedOnce()
    {
        OperationPause[] pauses = [new(At(-30), At(10)), new(At(20), At(40)), new(At(30), At(50))];

        // Worked: 0-10 paused, 10-20 work, 20-50 paused, 50-now work. 66 minutes reached at 50 + 56 = 106.
        Assert.Empty(Decide(Observe(106, operations: [Operation(60, pauses: pauses)])).Raise);
        Assert.Equal(At(106), Decide(Observe(107, operations: [Operation(60, pauses: pauses)])).Raise.Single().RaisedAt);
    }

    [Fact]
    public void Evaluate_OperationDone_ClearsTheOverrun()
    {
        var open = Decide(Observe(80, operations: [Operation(60)])).Raise.Single();

        var decision = Decide(Observe(90, operations: [Operation(60, state: OperationState.Done)]), [open]);

        Assert.Empty(decision.Raise);
        var clearance = Assert.Single(decision.Clear);
        Assert.Equal(open.Key, clearance.Key);
        Assert.Contains("finished", clearance.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OperationGone_ClearsTheOverrun()
    {
        var open = Decide(Observe(80, operations: [Operation(60)])).Raise.Single();

        Assert.Contains("no longer active", Decide(Observe(90), [open]).Clear.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PlanExtendedPastTheWorkedTime_ClearsTheOverrun()
    {
        var open = Decide(Observe(80, operations: [Operation(60)])).Raise.Single();

        Assert.Single(Decide(Observe(80, operations: [Operation(120)]), [open]).Clear);
    }

    [Fact]
    public void Evaluate_ReleasedOperation_RaisesNothing()
    {
        var released = new OperationObservation("op_1", "mch_1", OperationState.Released, null, 60, []);

        Assert.Empty(Decide(Observe(500, operations: [released])).Raise);
    }

    [Fact]
    public void Evaluate_CustomMargin_IsApplied()
    {
        var settings = AlarmSettings.Default with { OverrunMarginFraction = 0.5, OverrunMinimumMinutes = 0 };

        Assert.Empty(Decide(Observe(90, operations: [Operation(60)]), settings: settings).Raise);
        Assert.Single(Decide(Observe(91, operations: [Operation(60)]), settings: settings).Raise);
    }
}
