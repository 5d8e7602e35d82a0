using Microfactory.Core.Demo;
using Microfactory.Server.Features.Capabilities;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Materials;
using Microfactory.Server.Features.Suppliers;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Server.Startup;
using Microfactory.Server.Storage;
using Microfactory.Server.Tests.Support;
using Microfactory.Shopfloor.Machines;
using Microfactory.Shopfloor.Telemetry;
using Microsoft.Extensions.Logging.Abstractions;

namespace Microfactory.Server.Tests.Features.Telemetry;

/// <summary>The telemetry SQL, run against SQLite and PostgreSQL alike.</summary>
public sealed class TelemetryStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly string Machine = KwunTongDemo.Machines[0].Id;
    private static readonly string Factory = KwunTongDemo.FactoryId;

    private static async Task<TestDatabase> SeededAsync(string engine)
    {
        var db = await TestDatabase.CreateAsync(engine);
        var d = db.Database;
        await new DemoSeeder(new FactoryStore(d), new CapabilityStore(d), new SupplierStore(d), new MaterialStore(d), new MachineStore(d), TimeProvider.System, NullLogger<DemoSeeder>.Instance)
            .SeedIfEmptyAsync(default);
        return db;
    }

    private static StateReport State(string key, MachineState state, DateTimeOffset at) => new(Factory, Machine, MessageKey.FromId(key), at, state, null, null);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task WriteAsync_SameKeysAgain_WritesNothingTheSecondTime(string engine)
    {
        await using var db = await SeededAsync(engine);
        var store = new TelemetryStore(db.Database);
        TelemetryMessage[] batch =
        [
            State("s1", MachineState.Running, At),
            new CountReport(Factory, Machine, MessageKey.FromSeq(1), At, 5, 1, "op_1"),
            new CountReport(Factory, Machine, MessageKey.FromSeq(2), At, 3, 0, null),
            new EnergyReport(Factory, Machine, MessageKey.FromId("e1"), At, 100.25),
        ];

        var first = await store.WriteAsync(batch, TelemetrySources.Http, "usr_1", At, default);
        var again = await store.WriteAsync([.. batch[..2], new CountReport(Factory, Machine, MessageKey.FromSeq(3), At, 2, 2, null), batch[3]], TelemetrySources.Mqtt, null, At, default);

        Assert.Equal(new[] { true, true, true, true }, first);
        Assert.Equal(new[] { false, false, true, false }, again);

        Assert.Equal(new TelemetryTotals(1, 3, 10, 3, 1, 5), await store.TotalsAsync(Machine, default));
        var change = Assert.Single(await store.StateChangesAsync(Machine, default));
        Assert.Equal(("running", "http", "usr_1", "id:s1"), (change.State, change.Source, change.UserId, change.MessageKey));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task WriteAsync_ManyMessages_SpansSeveralStatements(string engine)
    {
        await using var db = await SeededAsync(engine);
        var store = new TelemetryStore(db.Database);
        var batch = Enumerable.Range(0, 1234).Select(i => (TelemetryMessage)new CountReport(Factory, Machine, MessageKey.FromSeq(i), At.AddSeconds(i), 1, 0, null)).ToList();

        var fresh = await store.WriteAsync(batch, TelemetrySources.Mqtt, null, At, default);

        Assert.All(fresh, Assert.True);
        Assert.Equal(1234, (await store.TotalsAsync(Machine, default)).Good);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task WindowTotalsAsync_ReadingsAcrossTheStartAndAReset_CountsRisesOnlyAndProratesTheFirstGap(string engine)
    {
        await using var db = await SeededAsync(engine);
        var store = new TelemetryStore(db.Database);
        var other = KwunTongDemo.Machines[1].Id;
        var from = At.AddHours(1);
        TelemetryMessage[] batch =
        [
            new EnergyReport(Factory, Machine, MessageKey.FromSeq(1), from.AddMinutes(-40), 10.0),
            new EnergyReport(Factory, Machine, MessageKey.FromSeq(2), from.AddMinutes(-30), 20.0), // last before the window
            new EnergyReport(Factory, Machine, MessageKey.FromSeq(3), from.AddMinutes(10), 24.0),  // 4 kWh over 40 min, 10 of them inside: 1
            new EnergyReport(Factory, Machine, MessageKey.FromSeq(4), from.AddMinutes(20), 26.5),  // +2.5
            new EnergyReport(Factory, Machine, MessageKey.FromSeq(5), from.AddMinutes(30), 1.0),   // a meter reset: 0
            new EnergyReport(Factory, Machine, MessageKey.FromSeq(6), from.AddMinutes(40), 3.0),   // +2
            new EnergyReport(Factory, Machine, MessageKey.FromSeq(7), from.AddHours(5), 99.0),     // after the window
            new CountReport(Factory, Machine, MessageKey.FromSeq(1), from.AddMinutes(-1), 7, 7, null), // before the window
            new CountReport(Factory, Machine, MessageKey.FromSeq(2), from, 3, 1, null),
            new CountReport(Factory, Machine, MessageKey.FromSeq(3), from.AddMinutes(50), 2, 0, "op_1"),
            new CountReport(Factory, other, MessageKey.FromSeq(1), from.AddMinutes(5), 4, 0, null),
        ];
        await store.WriteAsync(batch, TelemetrySources.Http, null, At, default);

        var totals = await store.WindowTotalsAsync([Machine, other, KwunTongDemo.Machines[2].Id], from, from.AddHours(2), default);

        Assert.Equal(2, totals.Count); // the third machine reported nothing
        var laser = totals[Machine];
        Assert.Equal((5L, 1L), (laser.Good, laser.Scrap));
        Assert.Equal(1.0 + 2.5 + 0 + 2.0, laser.EnergyKwh, 9);
        Assert.Equal(new MachineDayTotals(4, 0, 0), totals[other]);
        Assert.Empty(await store.WindowTotalsAsync([], from, from.AddHours(2), default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task CurrentStateAsync_OutOfOrder_LatestAtWinsAndTiesGoToTheLaterRecorded(string engine)
    {
        await using var db = await SeededAsync(engine);
        var store = new TelemetryStore(db.Database);
        Assert.Null(await store.CurrentStateAsync(Machine, default));

        await store.WriteAsync([State("late", MachineState.Down, At.AddMinutes(10))], TelemetrySources.Mqtt, null, At, default);
        await store.WriteAsync([State("early", MachineState.Running, At)], TelemetrySources.Mqtt, null, At, default);
        Assert.Equal("down", (await store.CurrentStateAsync(Machine, default))!.State);

        await store.WriteAsync([State("tie", MachineState.Setup, At.AddMinutes(10))], TelemetrySources.Operator, "usr_op", At, default);
        var current = await store.CurrentStateAsync(Machine, default);
        Assert.Equal(("setup", "operator", UnixTime.ToMs(At.AddMinutes(10))), (current!.State, current.Source, current.AtMs));
        Assert.Equal(3, (await store.StateChangesAsync(Machine, default)).Count);
    }
}
