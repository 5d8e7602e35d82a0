using System.Globalization;
using System.Text.RegularExpressions;
using Microfactory.Core.Machines;
using Microfactory.Core.Orders;
using Microfactory.Core.Validation;
using Microfactory.Server.Api;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;
using Microfactory.Shopfloor.Machines;
using Microfactory.Shopfloor.Oee;

namespace Microfactory.Server.Features.Oee;

/// <summary>
/// OEE of a factory's machines over a window: checks the query, reads the calendars and the telemetry, resolves each count's
/// ideal cycle from the routing of its operation, and lets <see cref="OeeCalculator"/> do the arithmetic. The ideal cycle
/// of a count for operation {lineId}.{unit}.{stepId} is that routing step's planned setup + run seconds (one unit is one
/// part). A count without an operation, or whose operation names no step of a known order line, has no ideal cycle: its
/// parts count for quality and kWh per good but add no ideal time, so performance is understated (a lower bound).
/// </summary>
internal sealed partial class OeeService(FactoryStore factories, MachineStore machines, OeeStore store, ExecutionStore execution, OrderStore orders, LivePlans plans)
{
    /// <summary>Longest window a request may ask for, in days (about a quarter).</summary>
    public const int MaxWindowDays = 93;

    /// <summary>Most distinct order lines the counts of one window may name (each costs a lookup and a design).</summary>
    public const int MaxOrderLines = 2_000;

    public async Task<ServiceResult<OeeResponse>> GetAsync(string factoryId, string? from, string? to, string? by, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var start = QueryInstants.Parse(errors, "from", from);
        var end = QueryInstants.Parse(errors, "to", to);
        var grouping = Grouping(errors, by);
        if (start is { } s && end is { } e)
        {
            if (e <= s)
            {
                errors.Add("to", "to must be after from.");
            }
            else if (e - s > TimeSpan.FromDays(MaxWindowDays))
            {
                errors.Add("to", $"to may be at most {MaxWindowDays} days after from.");
            }
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<OeeResponse>.Invalid(errors.Errors);
        }
        var factory = factoryId.Length <= 100 ? await factories.GetAsync(factoryId, cancellationToken) : null;
        if (factory is null)
        {
            return ServiceResult<OeeResponse>.NotFound($"No factory with id '{Short(factoryId)}'.");
        }
        var (list, total) = await machines.ListAsync(factoryId, 0, OeeLimits.MaxMachines, cancellationToken);
        if (total > OeeLimits.MaxMachines)
        {
            return ServiceResult<OeeResponse>.Invalid("id", $"id: the factory has {total} machines; OEE is computed for at most {OeeLimits.MaxMachines}.");
        }
        var window = (From: start!.Value, To: end!.Value);
        var telemetry = await store.ReadAsync([.. list.Select(m => m.Id)], window.From, window.To, OeeLimits.MaxRecords + 1, cancellationToken);
        var cycles = await IdealCyclesAsync(telemetry.Counts, cancellationToken);
        if (cycles is null)
        {
            return ServiceResult<OeeResponse>.Invalid("to", $"to: the counts in the window name more than {MaxOrderLines} order lines; shorten the window.");
        }
        var input = new OeeInput(
            TimeZoneInfo.FindSystemTimeZoneById(factory.TimeZoneId),
            window.From,
            window.To,
            [.. list.Select(m => new OeeMachine(m.Id, OeeShifts.From(m.Calendar.Shifts), telemetry.StateBefore.GetValueOrDefault(m.Id, MachineState.Off), ReportingSince(m.Id, telemetry, window.To)))],
            telemetry.States,
            [.. telemetry.Counts.Select(c => new PartCount(c.MachineId, c.At, checked((int)c.Good), checked((int)c.Scrap), c.OperationId is { } op ? cycles.GetValueOrDefault(op) : null))],
            telemetry.Meters,
            [.. list.SelectMany(m => Downtimes(m, window.From, window.To))]);
        var result = OeeCalculator.Calculate(input, grouping!.Value);
        if (!result.IsSuccess)
        {
            var (field, message) = Refusal(result, list);
            return ServiceResult<OeeResponse>.Invalid(field, message);
        }
        var report = result.Report;
        return ServiceResult<OeeResponse>.Ok(new OeeResponse(
            [.. report.Items.Select(OeeItemResponse.Of)],
            OeeItemResponse.Of(null, null, null, window.From, window.To, report.FactoryTotal)));
    }

    /// <summary>Ideal seconds per part by operation id, for the counts' operations that name a step of a known order line; null when they name too many lines.</summary>
    private async Task<Dictionary<string, double?>?> IdealCyclesAsync(IReadOnlyList<StoredCount> counts, CancellationToken cancellationToken)
    {
        var operations = counts.Select(c => c.OperationId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var parsed = new List<(string Operation, string Line, int Unit, string Step)>();
        foreach (var operation in operations)
        {
            if (OperationIds.TryParse(operation, out var lineId, out var unit, out var stepId) && lineId.Length <= 100)
            {
                parsed.Add((operation, lineId, unit, stepId));
            }
        }
        var lineIds = parsed.Select(p => p.Line).Distinct(StringComparer.Ordinal).ToList();
        if (lineIds.Count > MaxOrderLines)
        {
            return null;
        }
        var orderCache = new Dictionary<string, Order?>(StringComparer.Ordinal);
        var steps = new Dictionary<string, (OrderLine Line, Dictionary<string, Design.Evaluation.RoutingStep> Steps)>(StringComparer.Ordinal);
        foreach (var lineId in lineIds)
        {
            if (await execution.OrderOfLineAsync(lineId, cancellationToken) is not { } orderId)
            {
                continue;
            }
            if (!orderCache.TryGetValue(orderId, out var order))
            {
                order = orderCache[orderId] = await orders.GetAsync(orderId, cancellationToken);
            }
            if (order?.Lines.FirstOrDefault(l => l.Id == lineId) is { } line && await plans.RoutingAsync(line, cancellationToken) is { } routing)
            {
                steps[lineId] = (line, routing.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
            }
        }
        var cycles = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var (operation, lineId, unit, stepId) in parsed)
        {
            if (steps.TryGetValue(lineId, out var found) && unit <= found.Line.Quantity && found.Steps.TryGetValue(stepId, out var step))
            {
                var seconds = step.SetupSeconds + step.RunSeconds;
                // The library takes (0, one day]; a step planned outside that has no usable ideal cycle.
                cycles[operation] = double.IsFinite(seconds) && seconds > 0 && seconds <= OeeLimits.MaxIdealCycleSeconds ? seconds : null;
            }
        }
        return cycles;
    }

    private static IEnumerable<PlannedDowntime> Downtimes(Machine machine, DateTimeOffset from, DateTimeOffset to) =>
        machine.Calendar.Downtimes
            .Where(d => d.EndsAt > from && d.StartsAt < to && d.EndsAt > d.StartsAt)
            .Select(d => new PlannedDowntime(d.StartsAt, d.EndsAt, d.Reason, machine.Id));

    /// <summary>The calculator's refusal as a field of this request: sizes of the window's data are the window's (to); anything about a machine is the factory's (id).</summary>
    private static (string Field, string Message) Refusal(OeeResult result, IReadOnlyList<Machine> list)
    {
        var field = result.Field!;
        if (field is "from" or "to")
        {
            return (field, result.Error!);
        }
        if (field is "states" or "counts" or "meters" or "downtimes")
        {
            return ("to", $"to: the window holds more than {OeeLimits.MaxRecords} {field} records; shorten it.");
        }
        if (MachineIndex().Match(field) is { Success: true } match && int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) is var index && index < list.Count)
        {
            return ("id", $"id: machine {list[index].Id}: {result.Error}");
        }
        return ("id", $"id: {result.Error}");
    }

    private static OeeGrouping? Grouping(FieldErrors errors, string? by)
    {
        switch (by)
        {
            case null or "machine": return OeeGrouping.Machine;
            case "shift": return OeeGrouping.Shift;
            case "day": return OeeGrouping.Day;
            default:
                errors.Add("by", "by must be machine, shift or day.");
                return null;
        }
    }

    private static string Short(string text) => text.Length <= 100 ? text : string.Concat(text.AsSpan(0, 100), "…");

    [GeneratedRegex(@"^machines\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex MachineIndex();

    /// <summary>
    /// For a machine that never reported before the window, when it first did (the window's end when it did not at all): a
    /// machine connected on Wednesday has no OEE for Monday, rather than an OEE of zero.
    /// </summary>
    private static DateTimeOffset? ReportingSince(string machineId, OeeTelemetry telemetry, DateTimeOffset end) =>
        telemetry.StateBefore.ContainsKey(machineId) ? null
            : telemetry.States.Where(s => s.MachineId == machineId).Select(s => (DateTimeOffset?)s.At).FirstOrDefault() ?? end;
}
