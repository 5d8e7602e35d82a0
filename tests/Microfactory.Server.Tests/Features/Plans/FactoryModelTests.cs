using System.Collections.Immutable;
using Microfactory.Core.Demo;
using Microfactory.Core.Machines;
using Microfactory.Core.Time;
using Microfactory.Design.Evaluation;
using Microfactory.Server.Features.Plans;

namespace Microfactory.Server.Tests.Features.Plans;

/// <summary>The factory as the scheduler sees it: frames, shifts and downtime as unavailability, the hourly energy profile, unit jobs.</summary>
public sealed class FactoryModelTests
{
    private static readonly DateTimeOffset Monday = new(2030, 1, 7, 1, 0, 0, TimeSpan.Zero); // 09:00 in Hong Kong

    [Fact]
    public void Covering_StartOffTheHour_StartsOnTheHourAndReachesTheQuoteHorizonAfterNow()
    {
        var frame = PlanFrame.Covering(Monday.AddMinutes(-90).AddSeconds(7), Monday);
        Assert.Equal(Monday.AddHours(-2), frame.Origin);
        Assert.Equal(2 + 24 * 92, frame.HorizonHours);
        Assert.Equal(120, frame.ToTick(Monday));
        Assert.Equal(120, frame.ToTick(Monday.AddSeconds(59)));
        Assert.Equal(121, frame.ToTickCeiling(Monday.AddSeconds(1)));
        Assert.Equal(Monday, frame.ToTime(120));
    }

    [Fact]
    public void Build_DemoFactory_ShiftsInLocalTimeAndDowntimeAreUnavailableAndHoursArePriced()
    {
        var press = KwunTongDemo.Machines.Single(m => m.Id == "mch_press_brake_1");
        var down = press with { Calendar = press.Calendar with { Downtimes = [new TimeWindow(Monday.AddHours(2), Monday.AddHours(3), "Service")] } };
        var frame = new PlanFrame(Monday, 24 * 7);
        var model = FactoryModel.Build(KwunTongDemo.Factory, [.. KwunTongDemo.Machines.Where(m => m != press), down], frame, 50m);
        var k = model.IndexOf("mch_press_brake_1");

        Assert.Equal("mch_press_brake_1", model.PlanningMachines[k].Name);
        Assert.Equal(press.WorkingPowerKw, model.PlanningMachines[k].PowerKw);
        Assert.Equal(press.HourlyRate + 50m, model.CostPerHour[k]);
        Assert.Equal([.. KwunTongDemo.Machines.Select(m => m.Id).Order(StringComparer.Ordinal)], model.Machines.Select(m => m.Id));
        // Monday 08:00–20:00 in Hong Kong is 00:00–12:00 UTC: open 09:00–11:00 and 12:00–20:00 local around the downtime.
        Assert.True(model.IsAvailable(k, 0, 120));
        Assert.False(model.IsAvailable(k, 119, 121));
        Assert.True(model.IsAvailable(k, 180, 660));
        Assert.False(model.IsAvailable(k, 650, 670));
        Assert.False(model.IsAvailable(k, 11 * 60, 23 * 60)); // the night
        Assert.True(model.IsAvailable(k, 23 * 60, 24 * 60)); // Tuesday 08:00–09:00
        Assert.False(model.IsAvailable(k, 5 * 24 * 60 + 23 * 60 + 1, 6 * 24 * 60)); // Sunday has no shift
        Assert.Equal(-1, model.IndexOf("mch_nothing"));
        // Hour 0 of the frame is 09:00 local (1.32 HKD, 0.41 kg/kWh); hour 12 is 21:00 local (0.98 HKD).
        Assert.Equal(60, model.Energy.TicksPerHour);
        Assert.Equal(1.32m, model.Energy.PriceAt(0));
        Assert.Equal(0.41, model.Energy.IntensityAt(0));
        Assert.Equal(0.98m, model.Energy.PriceAt(12));
    }

    [Fact]
    public void Build_ZoneWithDaylightSaving_ShiftsFollowTheLocalClock()
    {
        var berlin = KwunTongDemo.Factory with { Id = "fac_berlin", TimeZoneId = "Europe/Berlin" };
        var machine = new Machine("mch_b", "fac_berlin", "B", "B", ["cap_bending"], 1, 2, 10m,
            new AvailabilityCalendar([.. Enumerable.Range(0, 7).Select(d => new WeeklyShift((DayOfWeek)d, 8 * 60, 16 * 60))], []));
        // 2030-03-31 is the spring change in Berlin: 08:00 local is 07:00 UTC on Saturday 30 March and 06:00 UTC on Sunday.
        var frame = new PlanFrame(new DateTimeOffset(2030, 3, 30, 0, 0, 0, TimeSpan.Zero), 48);
        var model = FactoryModel.Build(berlin, [machine], frame, 0);
        Assert.True(model.IsAvailable(0, 7 * 60, 15 * 60));
        Assert.False(model.IsAvailable(0, 6 * 60 + 59, 7 * 60));
        Assert.True(model.IsAvailable(0, 24 * 60 + 6 * 60, 24 * 60 + 14 * 60));
        Assert.False(model.IsAvailable(0, 24 * 60 + 14 * 60, 24 * 60 + 14 * 60 + 1));
    }

    [Fact]
    public void UnitJobs_Routing_OneOperationPerStepInTopologicalOrderWithCapableMachines()
    {
        var model = FactoryModel.Build(KwunTongDemo.Factory, KwunTongDemo.Machines, new PlanFrame(Monday, 24 * 7), 0);
        RoutingStep[] routing =
        [
            new("inspect", "cap_inspection", 0, 0, ["assemble"], ""),
            new("print", "cap_fdm_printing", 30, 3601, [], ""),
            new("assemble", "cap_assembly", 61, 60, ["print", "cut"], ""),
            new("cut", "cap_laser_cut_wood", 0, 90, [], ""),
        ];
        var made = UnitJobs.For(model, routing, 5, 900, 2);

        Assert.True(made.IsSuccess);
        Assert.Equal(["print", "cut", "assemble", "inspect"], made.Value.StepIds);
        var job = made.Value.Job;
        Assert.Equal((5L, (long?)900, 2.0), (job.ReleaseTick, job.DueTick, job.Weight));
        Assert.Equal([0, 1], job.Operations[2].Predecessors);
        Assert.Equal(3, job.Operations[0].Options.Count); // three printers
        Assert.Equal((61L, 1L), (job.Operations[0].Options[0].DurationTicks, job.Operations[0].Options[0].SetupTicks));
        Assert.Equal((1L, 0L), (job.Operations[3].Options[0].DurationTicks, job.Operations[3].Options[0].SetupTicks)); // at least one tick
        Assert.Equal(2, job.Operations[3].Options.Count); // both benches inspect

        var missing = UnitJobs.For(model, [new RoutingStep("weld", "cap_soldering", 0, 60, [], "")], 0, null, 1);
        Assert.False(missing.IsSuccess);
        Assert.Equal("weld", missing.StepId);
        Assert.Contains("cap_soldering", missing.Error);
    }

    [Fact]
    public void Combine_TwoUnits_SideBySideWithShiftedPredecessorsAndOrigins()
    {
        var model = FactoryModel.Build(KwunTongDemo.Factory, KwunTongDemo.Machines, new PlanFrame(Monday, 24), 0);
        RoutingStep[] routing = [new("cut", "cap_laser_cut_metal", 60, 60, [], ""), new("bend", "cap_bending", 0, 60, ["cut"], "")];
        var a = UnitJobs.For(model, routing, 10, 500, 1).Value!;
        var b = UnitJobs.For(model, routing, 0, 400, 4).Value!;
        var combined = UnitJobs.Combine([a, b]);

        Assert.Equal(4, combined.Job.Operations.Count);
        Assert.Equal([2], combined.Job.Operations[3].PredecessorsAt(3));
        Assert.Empty(combined.Job.Operations[2].PredecessorsAt(2));
        Assert.Equal(new CombinedOperation(1, 1, "bend"), combined.Origins[3]);
        Assert.Equal((0L, (long?)400, 4.0), (combined.Job.ReleaseTick, combined.Job.DueTick, combined.Job.Weight));
    }

    [Fact]
    public void OperationIds_RoundTrip_AndRefuseMalformed()
    {
        var id = OperationIds.Of("oln_abc", 12, "powder.coat");
        Assert.Equal("oln_abc.12.powder.coat", id);
        Assert.True(OperationIds.TryParse(id, out var line, out var unit, out var step));
        Assert.Equal(("oln_abc", 12, "powder.coat"), (line, unit, step));
        Assert.False(OperationIds.TryParse("oln_abc.0.cut", out _, out _, out _));
        Assert.False(OperationIds.TryParse("oln_abc.x.cut", out _, out _, out _));
        Assert.False(OperationIds.TryParse("oln_abc.1.", out _, out _, out _));
        Assert.False(OperationIds.TryParse("xx_does_not_exist", out _, out _, out _));
    }
}
