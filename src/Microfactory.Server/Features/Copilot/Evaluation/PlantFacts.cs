using System.Globalization;
using Microfactory.Core.Factories;
using Microfactory.Core.Machines;
using Microfactory.Core.Orders;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Alarms;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Materials;
using Microfactory.Server.Features.Oee;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Server.Features.Templates;

namespace Microfactory.Server.Features.Copilot.Evaluation;

/// <summary>
/// What the platform's records say, read through the services and APIs people use (orders, explanations, the OEE
/// report by day, alarms, calendars, footprints), not through the copilot's tools: the expected answers of an
/// evaluation come from here, so a copilot that reads the wrong machine, day or order is caught.
/// </summary>
internal sealed record PlantFacts(
    Factory Factory,
    DateTimeOffset Now,
    TimeZoneInfo Zone,
    IReadOnlyList<Machine> Machines,
    IReadOnlyList<OrderFact> OpenOrders,
    IReadOnlyList<string> Customers,
    IReadOnlyDictionary<string, MachineStateResponse> States,
    IReadOnlyDictionary<(string Machine, DateOnly Day), OeeItemResponse> OeeByDay,
    IReadOnlyDictionary<DateOnly, OeeItemResponse> FactoryOeeByDay,
    IReadOnlyList<StoredAlarm> OpenAlarms,
    IReadOnlyList<UnitFact> CompletedUnits,
    IReadOnlyList<TemplateFact> Templates,
    IReadOnlyList<Core.Materials.Material> Materials,
    SupplierCoverageResponse? Coverage,
    long? PlanVersion,
    int PlannedOrderCount,
    OeeTelemetry ThisWeek,
    IReadOnlyDictionary<string, string> SupplierNames,
    IReadOnlySet<string> MachinesWithOeeLastWeek,
    PinCandidate? PinnableOperation)
{
    /// <summary>Days of OEE read back from now (yesterday and today are what questions name).</summary>
    public const int OeeDays = 3;

    public Machine Machine(string id) => Machines.First(m => m.Id == id);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>A time as answers show it: in the factory's zone, to the minute.</summary>
    public string Time(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Percent(double? ratio) => Percent(ratio is { } r ? Math.Round((decimal)r, 4) : null);

    public static string Percent(decimal? ratio) => ratio is { } r ? (r * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";

    public static string Kg(decimal kg) => kg.ToString("0.00", CultureInfo.InvariantCulture) + " kg CO2e";

    /// <summary>The downtime windows of a machine's calendar that overlap [from, to).</summary>
    public IReadOnlyList<Core.Time.TimeWindow> Downtimes(string machineId, DateTimeOffset from, DateTimeOffset to) =>
        [.. Machine(machineId).Calendar.Downtimes.Where(d => d.StartsAt < to && d.EndsAt > from).OrderBy(d => d.StartsAt)];

    /// <summary>Breakdowns the machine's telemetry reported that began in [from, to) of this week (down, then another state or still down).</summary>
    public int Breakdowns(string machineId, DateTimeOffset from, DateTimeOffset to)
    {
        var count = ThisWeek.StateBefore.GetValueOrDefault(machineId) == Shopfloor.Machines.MachineState.Down ? 1 : 0;
        var down = count == 1;
        foreach (var change in ThisWeek.States.Where(c => c.MachineId == machineId && c.At >= from && c.At < to))
        {
            var isDown = change.State == Shopfloor.Machines.MachineState.Down;
            if (isDown && !down)
            {
                count++;
            }
            down = isDown;
        }
        return count;
    }

    /// <summary>Parts the machines counted as scrap this week from <paramref name="from"/>.</summary>
    public long ScrapSince(DateTimeOffset from) => ThisWeek.Counts.Where(c => c.At >= from).Sum(c => c.Scrap);

    /// <summary>The name of a material's supplier, or null for an unknown material.</summary>
    public string? SupplierOfMaterial(string materialId) =>
        Materials.FirstOrDefault(m => m.Id == materialId) is { } m ? SupplierNames.GetValueOrDefault(m.SupplierId, m.SupplierId) : null;

    /// <summary>The everyday Chinese name the copilot knows a machine by (雷射切割機), or null.</summary>
    public string? ChineseName(string machineId) => CopilotCatalogue.Machines(Machines).FirstOrDefault(m => m.Id == machineId)?.ChineseName;

    public bool HasOeeLastWeek(string machineId) => MachinesWithOeeLastWeek.Contains(machineId);

    /// <summary>Local midnight of this week's Monday: where "this week" begins.</summary>
    public DateTimeOffset WeekStart => Midnight(Zone, Monday(Today));

    /// <summary>Reads the facts of the factory the copilot talks about.</summary>
    public static async Task<PlantFacts?> ReadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var plant = services.GetRequiredService<CopilotPlant>();
        if (await plant.FactoryAsync(cancellationToken) is not { } factory)
        {
            return null;
        }
        var zone = CopilotPlant.Zone(factory);
        var now = TimeZoneInfo.ConvertTime(services.GetRequiredService<TimeProvider>().GetUtcNow(), zone);
        var machines = (await services.GetRequiredService<MachineStore>().ListAsync(factory.Id, 0, CopilotPlant.MaxMachines, cancellationToken)).Items;

        var orders = (await services.GetRequiredService<OrderService>().ListAsync(Caller.System, new PageRequest(1, CopilotOrderTools.MaxOrders), cancellationToken)).Items;
        var explanations = services.GetRequiredService<PlanExplanations>();
        var customers = services.GetRequiredService<CustomerStore>();
        var open = new List<OrderFact>();
        foreach (var order in orders.Where(o => o.IsOpenForProduction && o.FactoryId == factory.Id))
        {
            var explained = await explanations.ExplainAsync(Caller.System, order.Id, cancellationToken);
            var customer = await customers.GetAsync(order.CustomerId, cancellationToken);
            open.Add(new OrderFact(order, customer?.Name ?? order.CustomerId, explained.Value));
        }

        var telemetry = services.GetRequiredService<TelemetryService>();
        var states = new Dictionary<string, MachineStateResponse>(StringComparer.Ordinal);
        foreach (var machine in machines)
        {
            if ((await telemetry.GetStateAsync(machine.Id, cancellationToken)).Value is { } state)
            {
                states[machine.Id] = state;
            }
        }

        // The OEE report by day, as the OEE page and API give it.
        var today = DateOnly.FromDateTime(now.DateTime);
        var from = Midnight(zone, today.AddDays(1 - OeeDays));
        var oee = await services.GetRequiredService<OeeService>().GetAsync(factory.Id, Iso(from), Iso(now), "day", cancellationToken);
        var byDay = new Dictionary<(string, DateOnly), OeeItemResponse>();
        foreach (var row in oee.Value?.Items ?? [])
        {
            if (row is { Day: { } day, MachineId: { } id })
            {
                byDay[(id, day)] = row;
            }
        }
        // The factory's row is the report's total: one report per day.
        var factoryByDay = new Dictionary<DateOnly, OeeItemResponse>();
        foreach (var back in Enumerable.Range(0, OeeDays))
        {
            var day = today.AddDays(-back);
            var end = back == 0 ? now : Midnight(zone, day.AddDays(1));
            if ((await services.GetRequiredService<OeeService>().GetAsync(factory.Id, Iso(Midnight(zone, day)), Iso(end), null, cancellationToken)).Value is { } report)
            {
                factoryByDay[day] = report.Factory;
            }
        }

        var alarms = await services.GetRequiredService<AlarmService>().ListAsync(factory.Id, null, "all", 1, CopilotMachineTools.MaxAlarms, cancellationToken);
        var openAlarms = (alarms.Value?.Items ?? []).Where(a => a.State != AlarmState.Cleared).OrderByDescending(a => a.RaisedAt).ToList();

        var units = new List<UnitFact>();
        var footprints = services.GetRequiredService<FootprintService>();
        var execution = services.GetRequiredService<ExecutionService>();
        foreach (var unit in await services.GetRequiredService<ExecutionStore>().CompletedAtFactoryAsync(factory.Id, now.AddDays(-365), now.AddMinutes(1), 20, cancellationToken))
        {
            var footprint = await footprints.OfUnitAsync(Caller.System, unit.Serial, execution, cancellationToken);
            var order = orders.FirstOrDefault(o => o.Id == unit.OrderId);
            units.Add(new UnitFact(unit.Serial, unit.OrderId, order?.CustomerId, unit.TemplateId, footprint.Value));
        }

        var templates = new List<TemplateFact>();
        foreach (var published in (await services.GetRequiredService<TemplateService>().ListAsync(new PageRequest(1, PageRequest.MaxPageSize), cancellationToken)).Items)
        {
            var estimate = await footprints.OfTemplateAsync(published.Metadata.Id, null, factory.Id, cancellationToken);
            templates.Add(new TemplateFact(published, estimate.Value));
        }
        var materials = (await services.GetRequiredService<MaterialStore>().ListAsync(0, PageRequest.MaxPageSize, cancellationToken)).Items;
        var coverage = (await services.GetRequiredService<SupplierCoverageService>().GetAsync(factory.Id, null, null, null, cancellationToken)).Value;
        var plan = await services.GetRequiredService<PlanService>().GetAsync(factory.Id, cancellationToken);

        var monday = Monday(today);
        var week = await services.GetRequiredService<OeeStore>().ReadAsync([.. machines.Select(m => m.Id)], Midnight(zone, monday), now, CopilotMachineTools.MaxHistoryRows, cancellationToken);
        var lastWeek = await services.GetRequiredService<OeeService>().GetAsync(factory.Id, Iso(Midnight(zone, monday.AddDays(-7))), Iso(Midnight(zone, monday)), null, cancellationToken);
        var withOee = (lastWeek.Value?.Items ?? []).Where(i => i.MachineId is not null && i.PlannedSeconds > 0 && i.Oee is not null).Select(i => i.MachineId!).ToHashSet(StringComparer.Ordinal);
        var suppliers = (await services.GetRequiredService<Suppliers.SupplierStore>().ListAsync(0, PageRequest.MaxPageSize, cancellationToken)).Items.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        PinCandidate? pin = null;
        if (plan.Value is { } live)
        {
            // An operation well ahead (not started, not about to), on a machine people name.
            pin = live.Operations().Where(o => o.Start > now.AddHours(2)).OrderBy(o => o.Start).ThenBy(o => o.OperationId, StringComparer.Ordinal)
                .Select(o => new PinCandidate(o.OperationId, machines.FirstOrDefault(m => m.Id == o.MachineId)?.Name ?? o.MachineId)).FirstOrDefault();
        }

        return new PlantFacts(factory, now, zone, machines, open, [.. orders.Select(o => o.CustomerId).Distinct(StringComparer.Ordinal)], states, byDay, factoryByDay,
            openAlarms, units, templates, materials, coverage?.Units > 0 ? coverage : null, plan.Value?.Version, open.Count, week, suppliers, withOee, pin);
    }

    /// <summary>The Monday of a day's week (weeks begin on Monday, as the copilot's "this week" does).</summary>
    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateTimeOffset Midnight(TimeZoneInfo zone, DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}

/// <summary>An open order with its customer's name and the plan's explanation of its completion (null when unplanned).</summary>
internal sealed record OrderFact(Order Order, string CustomerName, ExplanationResponse? Explanation)
{
    public bool Late => Explanation?.Late == true;
}

/// <summary>A live-plan operation that can be pinned, with its machine's name.</summary>
internal sealed record PinCandidate(string OperationId, string MachineName);

/// <summary>A completed unit with its order's customer and its actual footprint.</summary>
internal sealed record UnitFact(string Serial, string OrderId, string? CustomerId, string TemplateId, ProductFootprintRecord? Footprint);

/// <summary>A published template with its published footprint estimate (null when none).</summary>
internal sealed record TemplateFact(PublishedTemplate Template, ProductFootprintRecord? Estimate);
