using System.Globalization;
using Microfactory.Carbon.Model;
using Microfactory.Planning.Promising;
using Microfactory.Server.Features.Plans;

namespace Microfactory.Server.Features.Quotes;

/// <summary>
/// The three options of a quote against one plan version: every unit of every line becomes a job (one operation per
/// routing step, on any machine with the capability), all units one combined job; the promise query places it in the
/// plan's idle time for each goal by the deadline, moving and reserving nothing; each placement is mapped back to
/// machines and absolute times, priced and given its CO2.
/// </summary>
internal static class QuoteOffers
{
    /// <summary>What one evaluation needs: the plan, the lines, now, the deadline, the release (materials) and the rates.</summary>
    internal sealed record Request(
        LivePlanSnapshot Plan, IReadOnlyList<QuotedLine> Lines, DateTimeOffset Now, DateTimeOffset Deadline, string DeadlineText,
        LeadTime? LeadTime, QuoteOptions Rates, QuoteCarbon? Carbon = null);

    /// <summary>The work of a request as one job in the plan's ticks, or why the factory cannot do it.</summary>
    private sealed record Work(CombinedJob? Combined, IReadOnlyList<(QuotedLine Line, int Unit)> Units, long NowTick, long DeadlineTick, long ReleaseTick, string? Missing);

    private static Work Build(Request request)
    {
        var model = request.Plan.Model;
        var frame = model.Frame;
        var nowTick = Math.Max(frame.ToTickCeiling(request.Now), 0);
        var deadlineTick = Math.Min(frame.ToTick(request.Deadline), frame.HorizonTick);
        var releaseTick = request.LeadTime is { } lead ? Math.Max(nowTick, frame.ToTickCeiling(request.Now.AddDays(lead.Days))) : nowTick;
        var units = new List<UnitJob>();
        var unitOrigins = new List<(QuotedLine Line, int Unit)>();
        foreach (var line in request.Lines)
        {
            for (var u = 1; u <= line.Line.Quantity; u++)
            {
                var job = UnitJobs.For(model, line.Design, releaseTick, deadlineTick, 1);
                if (!job.IsSuccess)
                {
                    return new Work(null, [], nowTick, deadlineTick, releaseTick, $"capability: lines[{line.Line.LineNumber - 1}] ({line.Line.Description}): {job.Error}");
                }
                units.Add(job.Value);
                unitOrigins.Add((line, u));
            }
        }
        return new Work(UnitJobs.Combine(units), unitOrigins, nowTick, deadlineTick, releaseTick, null);
    }

    /// <summary>Whether the work can still complete by <paramref name="promised"/> in the request's plan, starting no earlier than its now (and the materials).</summary>
    public static bool CanComplete(Request request, DateTimeOffset promised)
    {
        var work = Build(request);
        if (work.Combined is null)
        {
            return false;
        }
        var promisedTick = request.Plan.Model.Frame.ToTick(promised);
        return PromiseQuery.Quote(request.Plan.Capacity, work.Combined.Job, work.NowTick, promisedTick, PromiseGoal.EarliestCompletion).IsAvailable;
    }

    public static IReadOnlyList<QuoteOption> Offer(Request request)
    {
        var model = request.Plan.Model;
        var frame = model.Frame;
        var zone = model.Zone;
        var work = Build(request);
        if (work.Combined is not { } combined)
        {
            return [.. QuoteKinds.All.Select(k => Unavailable(k, work.Missing!, null))];
        }
        var (unitOrigins, nowTick, deadlineTick, releaseTick) = (work.Units, work.NowTick, work.DeadlineTick, work.ReleaseTick);
        var quotes = PromiseQuery.Quotes(request.Plan.Capacity, combined.Job, nowTick, deadlineTick);
        string? unavailable = null;
        if (!quotes[0].IsAvailable)
        {
            unavailable = Why(request, combined, nowTick, deadlineTick, releaseTick, quotes[0].EarliestCompletionTick);
        }
        var materials = request.Lines.Sum(l => l.Line.UnitMaterialCost * l.Line.Quantity);
        var currency = request.Lines.Select(l => l.Line.Currency).FirstOrDefault(c => c.Length > 0) ?? "";
        var options = new List<QuoteOption>(3);
        for (var k = 0; k < QuoteKinds.All.Count; k++)
        {
            var kind = QuoteKinds.All[k];
            var quote = quotes[k];
            if (!quote.IsAvailable)
            {
                options.Add(Unavailable(kind, unavailable ?? quote.Reason, Local(frame.ToTime(quote.EarliestCompletionTick), zone)));
                continue;
            }
            var plan = quote.Plan;
            var operations = plan.Operations.Select((o, i) =>
            {
                var (line, unit) = unitOrigins[combined.Origins[i].Unit];
                var step = combined.Origins[i].StepId;
                var machine = model.MachineAt(o.Assignment.Machine);
                return new QuoteOperation(line.Line.LineNumber, unit, step, line.Line.Routing.First(s => s.StepId == step).CapabilityId, machine.Id, machine.Name,
                    Local(frame.ToTime(o.Assignment.StartTick), zone), Local(frame.ToTime(o.Assignment.EndTick), zone));
            }).ToList();
            var (price, error) = QuotePricing.Price(model.Factory.Currency, currency, materials,
                plan.Operations.Select(o => (o.Assignment.EndTick - o.Assignment.StartTick, model.MachineAt(o.Assignment.Machine).HourlyRate)),
                plan.EnergyCost, request.Rates.LabourRatePerHour, request.Rates.OverheadRate, request.Rates.MarginRate);
            if (price is null)
            {
                options.Add(Unavailable(kind, $"currency: {error}", null));
                continue;
            }
            var promised = Local(frame.ToTime(plan.CompletionTick), zone);
            var earliest = Local(frame.ToTime(quote.EarliestCompletionTick), zone);
            // The footprint is the carbon engine's; should it refuse the data (it names the field), the option stands without a CO2 figure.
            var footprint = request.Carbon is { } carbon ? QuoteFootprints.Calculate(request, carbon, operations) : null;
            options.Add(new QuoteOption(kind, true, null, price, promised, earliest, Kg(footprint?.TotalKgCo2e), Math.Round(plan.EnergyKwh, 3),
                Kg(footprint?.Subtotal(LineCategory.Materials)), Kg(footprint?.Subtotal(LineCategory.ProcessEnergy)), operations,
                Kg(footprint?.Subtotal(LineCategory.InboundTransport)), Kg(footprint?.Subtotal(LineCategory.Packaging)),
                footprint is null ? null : (double)Math.Round(footprint.PrimaryDataSharePercent, 1)));
        }
        return options;
    }

    /// <summary>
    /// Why nothing completes by the deadline: the materials when the same work without waiting for them would have,
    /// else the plan's capacity, each with the earliest completion possible.
    /// </summary>
    private static string Why(Request request, CombinedJob combined, long nowTick, long deadlineTick, long releaseTick, long earliestTick)
    {
        var frame = request.Plan.Model.Frame;
        var zone = request.Plan.Model.Zone;
        var earliest = Text(Local(frame.ToTime(earliestTick), zone));
        if (request.LeadTime is { } lead && releaseTick > nowTick)
        {
            var withoutWaiting = PromiseQuery.Quote(request.Plan.Capacity, combined.Job with { ReleaseTick = nowTick }, nowTick, deadlineTick, PromiseGoal.EarliestCompletion);
            if (withoutWaiting.IsAvailable)
            {
                return $"material lead time: {lead.MaterialName} comes from {lead.SupplierName} in {lead.Days} day{(lead.Days == 1 ? "" : "s")}, so work starts "
                    + $"{Text(Local(frame.ToTime(releaseTick), zone))} at the earliest and completes {earliest}, after {request.DeadlineText}.";
            }
        }
        return $"capacity: the machines are not free enough to complete before {request.DeadlineText}; the earliest possible completion is {earliest}.";
    }

    private static double? Kg(decimal? kg) => kg is { } value ? (double)Math.Round(value, 3) : null;

    private static QuoteOption Unavailable(string kind, string reason, DateTimeOffset? earliest) =>
        new(kind, false, reason, null, null, earliest, null, null, null, null, []);

    /// <summary>A time at the factory's UTC offset (what the customer reads there).</summary>
    public static DateTimeOffset Local(DateTimeOffset utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(utc, zone);

    public static string Text(DateTimeOffset local) => local.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
