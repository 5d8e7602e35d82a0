using System.Collections.Immutable;
using Microfactory.Core.Demo;
using Microfactory.Core.Machines;
using Microfactory.Core.Orders;
using Microfactory.Core.Time;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Storage;

/// <summary>Plan events, versions, pins and the plan's order and downtime writes, on SQLite and PostgreSQL alike.</summary>
public sealed class PlanStoreTests
{
    private static readonly DateTimeOffset At = new(2030, 1, 7, 1, 0, 0, TimeSpan.Zero);

    private static async Task<PlanStore> StoreAsync(TestDatabase db)
    {
        await new FactoryStore(db.Database).InsertAsync(KwunTongDemo.Factory, At, default);
        var machines = new MachineStore(db.Database);
        await using (var connection = await db.Database.OpenAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "INSERT INTO capabilities (id, name, description) VALUES ('cap_bending', 'Bending', 'Bending')");
        }
        await machines.InsertAsync(KwunTongDemo.Machines.Single(m => m.Id == "mch_press_brake_1"), At, default);
        return new PlanStore(db.Database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Versions_InsertedWithEvents_NumberUpAndMarkTheEventsAnswered(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = await StoreAsync(db);
        await store.RecordEventAsync("pev_a", new PlanEvent(KwunTongDemo.FactoryId, PlanEventKind.DowntimeAdded, "mch_press_brake_1", "usr_p"), At, default);
        await store.RecordEventAsync("pev_b", new PlanEvent(KwunTongDemo.FactoryId, PlanEventKind.OrderConfirmed, "ord_x", null), At.AddSeconds(1), default);
        var pending = await store.PendingEventsAsync(KwunTongDemo.FactoryId, default);
        Assert.Equal(["pev_a", "pev_b"], pending.Select(e => e.Id));
        Assert.Equal(new PlanEventRecord("pev_a", PlanEventKind.DowntimeAdded, "mch_press_brake_1", "usr_p", At), pending[0]);
        var fingerprint = await store.FingerprintAsync(KwunTongDemo.FactoryId, default);

        var kpis = new PlanKpis(0.5, 12.5, At.AddHours(5), [new MachineUtilisation("mch_press_brake_1", 0.25)], 3.75, 4.1234m, "HKD", 1.5, 2, 1);
        PlanOperation[] operations = [new("oln_a.1.bend", "mch_press_brake_1", At, At.AddMinutes(17)), new("oln_a.1.cut", "mch_press_brake_1", At.AddMinutes(17), At.AddMinutes(20))];
        Assert.Equal(1, await store.InsertVersionAsync(KwunTongDemo.FactoryId, At, "first", pending, kpis, operations, default));
        Assert.Equal(2, await store.InsertVersionAsync(KwunTongDemo.FactoryId, At.AddMinutes(1), "second", [], kpis with { Operations = 0 }, [], default));

        Assert.Empty(await store.PendingEventsAsync(KwunTongDemo.FactoryId, default));
        Assert.Equal(fingerprint, await store.FingerprintAsync(KwunTongDemo.FactoryId, default));
        var newest = await store.NewestVersionAsync(KwunTongDemo.FactoryId, default);
        Assert.Equal((2L, "second", 0), (newest!.Version, newest.Reason, newest.Operations!.Count));
        var (items, total) = await store.ListVersionsAsync(KwunTongDemo.FactoryId, 0, 10, default);
        Assert.Equal(2, total);
        var first = items.Single(v => v.Version == 1);
        Assert.Null(first.Operations);
        Assert.Equal(kpis.Utilisation, first.Kpis.Utilisation);
        Assert.Equal(kpis with { Utilisation = [] }, first.Kpis with { Utilisation = [] });
        Assert.Equal(pending, first.Events);
        Assert.Null(await store.NewestVersionAsync("fac_other", default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task PinsAndDowntime_WrittenAndRemoved_RoundTripAndMarkTheMachineChanged(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = await StoreAsync(db);
        var before = await store.FingerprintAsync(KwunTongDemo.FactoryId, default);
        await store.UpsertPinAsync(new PlanPin("oln_a.1.bend", KwunTongDemo.FactoryId, "mch_press_brake_1", At.AddHours(2), "usr_p", At), default);
        await store.UpsertPinAsync(new PlanPin("oln_a.1.bend", KwunTongDemo.FactoryId, "mch_press_brake_1", At.AddHours(3), "usr_q", At), default);
        var pin = Assert.Single(await store.PinsAsync(KwunTongDemo.FactoryId, default));
        Assert.Equal((At.AddHours(3), "usr_q"), (pin.Start, pin.UserId));
        Assert.True(await store.DeletePinAsync("oln_a.1.bend", default));
        Assert.False(await store.DeletePinAsync("oln_a.1.bend", default));

        var window = new TimeWindow(At.AddDays(1), At.AddDays(1).AddHours(4), "Service");
        Assert.True(await store.InsertDowntimeAsync("mch_press_brake_1", window, At.AddMinutes(5), default));
        Assert.False(await store.InsertDowntimeAsync("mch_press_brake_1", window, At.AddMinutes(5), default));
        var machine = await new MachineStore(db.Database).GetAsync("mch_press_brake_1", default);
        Assert.Equal(window, Assert.Single(machine!.Calendar.Downtimes));
        Assert.NotEqual(before, await store.FingerprintAsync(KwunTongDemo.FactoryId, default));
        Assert.True(await store.DeleteDowntimeAsync("mch_press_brake_1", Microfactory.Server.Storage.UnixTime.ToMs(window.StartsAt), At.AddMinutes(6), default));
        Assert.Empty((await new MachineStore(db.Database).GetAsync("mch_press_brake_1", default))!.Calendar.Downtimes);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AdvanceOrders_PlannedAndStarted_MoveForwardOnly(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = await StoreAsync(db);
        await using (var connection = await db.Database.OpenAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "INSERT INTO customers (id, name, email, created_at_ms, updated_at_ms) VALUES ('cus_a', 'A', 'a@example.com', 0, 0)");
        }
        var orders = new OrderStore(db.Database);
        Order Make(string id, OrderStatus status) => new(id, "cus_a", KwunTongDemo.FactoryId, status, null, null, [], At, At);
        await orders.InsertAsync(Make("ord_submitted", OrderStatus.Submitted), default);
        await orders.InsertAsync(Make("ord_confirmed", OrderStatus.Confirmed), default);
        await orders.InsertAsync(Make("ord_cancelled", OrderStatus.Cancelled), default);

        await store.AdvanceOrdersAsync(["ord_submitted", "ord_confirmed", "ord_cancelled"], ["ord_confirmed"], At.AddMinutes(1), default);

        Assert.Equal(OrderStatus.Planned, (await orders.GetAsync("ord_submitted", default))!.Status);
        Assert.Equal(OrderStatus.InProduction, (await orders.GetAsync("ord_confirmed", default))!.Status);
        Assert.Equal(OrderStatus.Cancelled, (await orders.GetAsync("ord_cancelled", default))!.Status);
        Assert.Equal(["ord_confirmed", "ord_submitted"], (await orders.ListOpenAsync(KwunTongDemo.FactoryId, default)).Select(o => o.Id).Order());
    }
}
