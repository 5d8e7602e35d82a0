using System.Collections.Immutable;
using Dapper;
using Microfactory.Core.Access;
using Microfactory.Core.Customers;
using Microfactory.Core.Demo;
using Microfactory.Core.Machines;
using Microfactory.Core.Materials;
using Microfactory.Core.Orders;
using Microfactory.Core.Time;
using Microfactory.Server.Access;
using Microfactory.Server.Features.Capabilities;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Materials;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Suppliers;
using Microfactory.Server.Storage;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Storage;

/// <summary>One suite for every store, run against SQLite and PostgreSQL alike.</summary>
public sealed class StoreTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 8, 30, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Migrator_RunTwice_AppliesEachMigrationOnce(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, migrate: false);
        var migrator = new Migrator(db.Database, TimeProvider.System);
        var first = await migrator.MigrateAsync();
        var second = await migrator.MigrateAsync();
        Assert.Equal(Migrator.All.Count, first.Count);
        Assert.Empty(second);
        Assert.Equal(Migrator.All.Select(m => m.Version), await migrator.AppliedVersionsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task FactoryStore_InsertGetUpdate_RoundTripsProfileExactly(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new FactoryStore(db.Database);
        Assert.True(await store.InsertAsync(KwunTongDemo.Factory, At, default));
        Assert.False(await store.InsertAsync(KwunTongDemo.Factory, At, default));

        var loaded = await store.GetAsync(KwunTongDemo.FactoryId, default);
        Assert.NotNull(loaded);
        Assert.Equal(KwunTongDemo.Factory with { EnergyProfile = [] }, loaded with { EnergyProfile = [] });
        Assert.Equal(KwunTongDemo.Factory.EnergyProfile.ToArray(), loaded.EnergyProfile.ToArray());
        Assert.Equal(1.32m, loaded.RateAt(12).PricePerKwh);

        var changed = loaded with { Name = "Kwun Tong Works", EnergyProfile = [.. loaded.EnergyProfile.Select(r => r with { PricePerKwh = r.PricePerKwh + 0.0123m })] };
        Assert.True(await store.UpdateAsync(changed, At.AddHours(1), default));
        var reloaded = await store.GetAsync(KwunTongDemo.FactoryId, default);
        Assert.Equal("Kwun Tong Works", reloaded!.Name);
        Assert.Equal(1.3323m, reloaded.RateAt(12).PricePerKwh);
        Assert.False(await store.UpdateAsync(changed with { Id = "fac_missing" }, At, default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task FactoryStore_List_PagesInNameOrderWithTotal(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new FactoryStore(db.Database);
        foreach (var name in new[] { "Delta", "Alpha", "Charlie", "Bravo", "Echo" })
        {
            await store.InsertAsync(KwunTongDemo.Factory with { Id = "fac_" + name.ToLowerInvariant(), Name = name }, At, default);
        }
        var (page2, total) = await store.ListAsync(2, 2, default);
        Assert.Equal(5, total);
        Assert.Equal(["Charlie", "Delta"], page2.Select(f => f.Name));
        var (beyond, _) = await store.ListAsync(10, 2, default);
        Assert.Empty(beyond);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MachineStore_InsertWithCalendar_RoundTripsAndReplacesOnUpdate(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await SeedReferenceDataAsync(db.Database);
        var store = new MachineStore(db.Database);
        var machine = KwunTongDemo.Machines[0] with
        {
            Calendar = new AvailabilityCalendar(
                [new WeeklyShift(DayOfWeek.Monday, 480, 720), new WeeklyShift(DayOfWeek.Monday, 780, 1200)],
                [new TimeWindow(At, At.AddHours(4), "Laser head service")]),
        };
        Assert.True(await store.InsertAsync(machine, At, default));
        var loaded = await store.GetAsync(machine.Id, default);
        Assert.NotNull(loaded);
        Assert.Equal(machine.Capabilities.ToArray(), loaded.Capabilities.ToArray());
        Assert.Equal(machine.Calendar.Shifts.ToArray(), loaded.Calendar.Shifts.ToArray());
        Assert.Equal(machine.Calendar.Downtimes.ToArray(), loaded.Calendar.Downtimes.ToArray());
        Assert.Equal(machine.HourlyRate, loaded.HourlyRate);
        Assert.Equal(machine.WorkingPowerKw, loaded.WorkingPowerKw);

        var changed = loaded with { Capabilities = ["cap_inspection", "cap_laser_cut_metal"], Calendar = AvailabilityCalendar.Empty };
        Assert.True(await store.UpdateAsync(changed, At, default));
        var reloaded = await store.GetAsync(machine.Id, default);
        Assert.Equal(["cap_inspection", "cap_laser_cut_metal"], reloaded!.Capabilities.ToArray());
        Assert.Empty(reloaded.Calendar.Shifts);
        Assert.Empty(reloaded.Calendar.Downtimes);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MachineStore_ListByFactory_FiltersAndCounts(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await SeedReferenceDataAsync(db.Database);
        var store = new MachineStore(db.Database);
        foreach (var machine in KwunTongDemo.Machines)
        {
            await store.InsertAsync(machine, At, default);
        }
        var (all, total) = await store.ListAsync(KwunTongDemo.FactoryId, 0, 100, default);
        Assert.Equal(KwunTongDemo.Machines.Length, total);
        Assert.Equal(KwunTongDemo.Machines.Length, all.Count);
        var (none, zero) = await store.ListAsync("fac_elsewhere", 0, 100, default);
        Assert.Empty(none);
        Assert.Equal(0, zero);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MaterialStore_RoundTrip_KeepsDecimalsAndNullables(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await SeedReferenceDataAsync(db.Database);
        var store = new MaterialStore(db.Database);
        var precise = KwunTongDemo.Materials[0] with { Id = "mat_precise", PricePerUnit = 1234.5678m, DensityKgPerM3 = null, ThicknessMm = null, Recyclability = Recyclability.NotRecyclable, Unit = MaterialUnit.Metre };
        Assert.True(await store.InsertAsync(precise, At, default));
        Assert.Equal(precise, await store.GetAsync("mat_precise", default));
        Assert.True(await store.UpdateAsync(precise with { PricePerUnit = 0.0001m, ThicknessMm = 0.5 }, At, default));
        var updated = await store.GetAsync("mat_precise", default);
        Assert.Equal(0.0001m, updated!.PricePerUnit);
        Assert.Equal(0.5, updated.ThicknessMm);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SupplierStore_RoundTrip_KeepsOptionalPactEndpoint(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new SupplierStore(db.Database);
        foreach (var supplier in KwunTongDemo.Suppliers)
        {
            Assert.True(await store.InsertAsync(supplier, At, default));
            Assert.Equal(supplier, await store.GetAsync(supplier.Id, default));
        }
        var (items, total) = await store.ListAsync(0, 10, default);
        Assert.Equal(3, total);
        Assert.Contains(items, s => s.PactEndpoint is null);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task OrderStore_InsertAndUpdate_KeepsLinesParametersAndDates(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await SeedReferenceDataAsync(db.Database);
        var customers = new CustomerStore(db.Database);
        await customers.InsertAsync(new Customer("cus_mei", "Mei Chan", "mei@example.com", "Chan Design", null), At, default);
        var store = new OrderStore(db.Database);
        var order = new Order("ord_1", "cus_mei", KwunTongDemo.FactoryId, OrderStatus.Submitted, new DateOnly(2026, 12, 24), "Gift wrap",
            [new OrderLine("oln_1", 1, "sheet-metal-enclosure", "1.0.0", "Enclosure 200 × 120 × 80", 2,
                ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string> { ["width"] = "200 mm", ["colour"] = "RAL 5015" }))],
            At, At);
        await store.InsertAsync(order, default);
        var loaded = await store.GetAsync("ord_1", default);
        Assert.NotNull(loaded);
        Assert.Equal(order.RequestedDate, loaded.RequestedDate);
        Assert.Equal(order.CreatedAt, loaded.CreatedAt);
        Assert.Equal("RAL 5015", Assert.Single(loaded.Lines).Parameters["colour"]);

        Assert.True(await store.UpdateAsync(loaded with { Status = OrderStatus.Cancelled, Lines = [] }, default));
        var (mine, total) = await store.ListAsync("cus_mei", 0, 10, default);
        Assert.Equal(1, total);
        Assert.Equal(OrderStatus.Cancelled, mine[0].Status);
        Assert.Empty(mine[0].Lines);
        var (others, none) = await store.ListAsync("cus_other", 0, 10, default);
        Assert.Empty(others);
        Assert.Equal(0, none);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task UserStore_ApiKeys_FindOnlyActiveKeysOfActiveUsers(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new UserStore(db.Database);
        var user = new UserAccount("usr_ann", "ann@example.com", "Ann", Role.Planner, "hash", null, At, null);
        Assert.True(await store.InsertAsync(user, default));
        Assert.False(await store.InsertAsync(user with { Id = "usr_ann2" }, default));
        await store.InsertApiKeyAsync(new ApiKeyRecord("key_1", "usr_ann", "laptop", ApiKeyTokens.Hash("mf_token_one"), At), default);

        Assert.Equal("usr_ann", (await store.FindByApiKeyHashAsync(ApiKeyTokens.Hash("mf_token_one"), default))?.Id);
        Assert.Null(await store.FindByApiKeyHashAsync(ApiKeyTokens.Hash("mf_token_two"), default));
        Assert.True(await store.RevokeApiKeyAsync("usr_ann", "key_1", At, default));
        Assert.False(await store.RevokeApiKeyAsync("usr_ann", "key_1", At, default));
        Assert.Null(await store.FindByApiKeyHashAsync(ApiKeyTokens.Hash("mf_token_one"), default));
        Assert.Equal(Role.Planner, (await store.FindByEmailAsync(" ANN@example.com ", default))?.Role);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Schema_ForeignKeys_RefuseMachineOfUnknownFactory(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var connection = await db.Database.OpenAsync();
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => connection.ExecuteAsync(
            "INSERT INTO machines (id, factory_id, name, model, idle_power_kw, working_power_kw, hourly_rate, created_at_ms, updated_at_ms) VALUES ('mch_x', 'fac_none', 'x', 'x', 1, 2, 3, 0, 0)"));
    }

    private static async Task SeedReferenceDataAsync(Database database)
    {
        await new FactoryStore(database).InsertAsync(KwunTongDemo.Factory, At, default);
        var capabilities = new CapabilityStore(database);
        foreach (var capability in KwunTongDemo.Capabilities)
        {
            await capabilities.InsertAsync(capability, default);
        }
        var suppliers = new SupplierStore(database);
        foreach (var supplier in KwunTongDemo.Suppliers)
        {
            await suppliers.InsertAsync(supplier, At, default);
        }
    }
}
