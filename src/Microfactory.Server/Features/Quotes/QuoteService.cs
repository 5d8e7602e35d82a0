using System.Collections.Immutable;
using System.Globalization;
using Microfactory.Core.Factories;
using Microfactory.Core.Orders;
using Microfactory.Core.Validation;
using Microfactory.Design.Evaluation;
using Microfactory.Design.Templates;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Materials;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Features.Suppliers;
using Microfactory.Server.Features.Templates;
using Microfactory.Server.Storage;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Quotes;

/// <summary>
/// Instant quotes and orders from them. A quote evaluates each line's design, asks the live plan of the factory for
/// the fastest, cheapest and greenest placement of all its units by the requested date (<see cref="QuoteOffers"/>),
/// prices each (<see cref="QuotePricing"/>) and stores the result; it reserves nothing. Accepting checks that the
/// promise still holds against the plan of now and creates a confirmed order, exactly once per quote however many
/// requests race (<see cref="QuoteStore.AcceptAsync"/>). Customers see and accept only their own quotes; another
/// customer's quote is "not found". A plain service: the API and the CLI call it alike.
/// </summary>
internal sealed class QuoteService(
    QuoteStore store, OrderStore orders, CustomerStore customers, FactoryStore factories, TemplateService templates, MaterialStore materials,
    SupplierStore suppliers, LivePlans plans, IdFactory ids, FootprintService footprints, SupplierFootprintLookup supplierFootprints,
    IOptions<CarbonOptions> carbon, TimeProvider time, IOptions<QuoteOptions> options)
{
    public const int MaxLines = 20;
    public const int MaxParameters = OrderService.MaxParameters;
    public const int MaxIdLength = OrderService.MaxIdLength;
    public const int MaxIdempotencyKeyLength = 100;
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private QuoteOptions Rates => options.Value;

    /// <summary>Makes and stores a quote; bad input is refused by field and stores nothing.</summary>
    public async Task<ServiceResult<Quote>> CreateAsync(Caller caller, QuoteInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var customerId = await CustomerAsync(caller, input.CustomerId, errors, cancellationToken);
        var factory = await FactoryAsync(input.FactoryId, errors, cancellationToken);
        if (factory is not null && input.RequestedDate is { } date)
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone(factory)).DateTime);
            errors.Check(date >= today, "requestedDate",
                $"requestedDate {Iso(date)} is in the past: the earliest is today, {Iso(today)} in {factory.TimeZoneId}, where {factory.Name} is.");
        }
        var lines = await LinesAsync(input.Lines, errors, cancellationToken);
        if (!errors.IsEmpty)
        {
            return ServiceResult<Quote>.Invalid(errors.Errors);
        }
        var request = new StoredRequest(factory!.Id, customerId!, input.RequestedDate, [.. input.Lines!.Select(l => new StoredLine(l.TemplateId!.Trim(), l.TemplateVersion!.Trim(), Parameters(l.Parameters), l.Quantity!.Value))]);
        var made = await MakeAsync(caller, factory, request, lines, cancellationToken);
        if (made.Outcome == ServiceOutcome.Ok)
        {
            await store.InsertAsync(made.Value!, request, cancellationToken);
        }
        return made;
    }

    /// <summary>A quote, for its customer and for staff; "not found" for anybody else.</summary>
    public async Task<ServiceResult<Quote>> GetAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var quote = id.Length <= MaxIdLength ? await store.GetAsync(id, cancellationToken) : null;
        return quote is not null && caller.MayActFor(quote.CustomerId)
            ? ServiceResult<Quote>.Ok(quote)
            : ServiceResult<Quote>.NotFound($"No quote with id '{(id.Length <= MaxIdLength ? id : id[..20] + "…")}'.");
    }

    /// <summary>
    /// Accepts one option of a quote with an idempotency key (1–100 visible ASCII characters, see
    /// <see cref="IdempotencyKeyError"/>): a confirmed order carrying the option's promised completion and price. The
    /// same key again gives the same order (also when the requests race); another key for an accepted quote, an expired
    /// quote and a promise the plan of now cannot keep are conflicts.
    /// </summary>
    public async Task<QuoteAcceptResult> AcceptAsync(Caller caller, string id, string? idempotencyKey, QuoteAcceptInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        if (IdempotencyKeyError(idempotencyKey) is { } keyError)
        {
            return new(ServiceResult<Order>.Invalid(IdempotencyKeyHeader, keyError));
        }
        var found = await GetAsync(caller, id, cancellationToken);
        if (found.Outcome != ServiceOutcome.Ok)
        {
            return new(ServiceResult<Order>.NotFound(found.Message!));
        }
        var quote = found.Value!;
        if (input.Option is null || !QuoteKinds.All.Contains(input.Option))
        {
            return new(ServiceResult<Order>.Invalid("option",
                $"option {(input.Option is null ? "is required" : $"'{(input.Option.Length <= 40 ? input.Option : input.Option[..40] + "…")}' is unknown")}: it must be one of {string.Join(", ", QuoteKinds.All)}."));
        }
        var kind = input.Option!;
        if (quote.Acceptance is { } earlier)
        {
            return await EarlierAsync(quote, earlier, idempotencyKey!, kind, cancellationToken);
        }
        // Whole milliseconds, as stored: the order answered now and the one read back later are the same.
        var now = UnixTime.FromMs(UnixTime.ToMs(time.GetUtcNow()));
        if (quote.IsExpiredAt(now))
        {
            return new(ServiceResult<Order>.Conflict("quote", $"quote {quote.Id} expired at {Iso(quote.ExpiresAt)}: ask for a new quote."), ProblemType: QuoteProblems.Expired);
        }
        var option = quote.Options.Single(o => o.Kind == kind);
        if (!option.Available)
        {
            return new(ServiceResult<Order>.Conflict("option", $"option {kind} is not available: {option.Reason}"));
        }
        var factory = await factories.GetAsync(quote.FactoryId, cancellationToken);
        var request = new StoredRequest(quote.FactoryId, quote.CustomerId, quote.RequestedDate,
            [.. quote.Lines.Select(l => new StoredLine(l.TemplateId, l.TemplateVersion, l.Parameters, l.Quantity))]);
        var lineErrors = new FieldErrors();
        var lines = factory is null ? [] : await LinesAsync([.. request.Lines.Select(l => new QuoteLineInput(l.TemplateId, l.TemplateVersion, l.Parameters, l.Quantity))], lineErrors, cancellationToken);
        if (factory is null || !lineErrors.IsEmpty)
        {
            return new(ServiceResult<Order>.Conflict("quote", $"quote {quote.Id} can no longer be made: its factory or a template changed. Ask for a new quote."));
        }
        var snapshot = await plans.CurrentAsync(quote.FactoryId, cancellationToken);
        var offer = Request(snapshot, lines, now, quote.Deadline, DeadlineText(factory, quote.RequestedDate, quote.Deadline));
        if (!QuoteOffers.CanComplete(offer, option.PromisedCompletion!.Value))
        {
            // A concurrent request may have accepted the quote meanwhile, and its order is what took the capacity: answer with it.
            if ((await GetAsync(caller, id, cancellationToken)).Value?.Acceptance is { } meanwhile)
            {
                return await EarlierAsync(quote, meanwhile, idempotencyKey!, kind, cancellationToken);
            }
            var fresh = await MakeAsync(caller, factory, request, lines, cancellationToken);
            if (fresh.Outcome == ServiceOutcome.Ok)
            {
                await store.InsertAsync(fresh.Value!, request, cancellationToken);
            }
            return new(ServiceResult<Order>.Conflict("option",
                    $"option {kind} of quote {quote.Id} promised completion by {Iso(option.PromisedCompletion.Value)}, which the plan of now (version {snapshot.Version}) can no longer keep; see the fresh quote."),
                ProblemType: QuoteProblems.PromiseNoLongerHolds, FreshQuote: fresh.Value);
        }
        var order = new Order(ids.New(Core.Ids.IdPrefix.Order), quote.CustomerId, quote.FactoryId, OrderStatus.Confirmed, quote.RequestedDate, null,
            [.. quote.Lines.Select(l => new OrderLine(ids.New(Core.Ids.IdPrefix.OrderLine), l.LineNumber, l.TemplateId, l.TemplateVersion, l.Description, l.Quantity, l.Parameters))],
            now, now, 0, option.PromisedCompletion.Value.ToUniversalTime(), quote.Id, kind, option.Price, offer.LeadTime is { } lead ? now.AddDays(lead.Days) : null);
        var (stored, acceptance) = await store.AcceptAsync(new QuoteAcceptance(quote.Id, order.Id, idempotencyKey!, kind, caller.UserId, now), order, cancellationToken);
        if (!stored)
        {
            // A concurrent request accepted the quote first.
            return await EarlierAsync(quote, acceptance, idempotencyKey!, kind, cancellationToken);
        }
        await plans.NotifyAsync(new PlanEvent(order.FactoryId, PlanEventKind.OrderConfirmed, order.Id, caller.UserId), cancellationToken);
        return new(ServiceResult<Order>.Ok(order));
    }

    /// <summary>
    /// Null when <paramref name="key"/> is a usable idempotency key: 1–100 visible ASCII characters (0x21–0x7E, no
    /// spaces), as the client chooses them (a UUID is a good choice); else the rule it breaks.
    /// </summary>
    public static string? IdempotencyKeyError(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return $"{IdempotencyKeyHeader} header is required: send a key of your choosing (1–{MaxIdempotencyKeyLength} visible ASCII characters, such as a UUID) so that a repeated request cannot order twice.";
        }
        if (key.Length > MaxIdempotencyKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            return $"{IdempotencyKeyHeader} must be 1–{MaxIdempotencyKeyLength} visible ASCII characters (no spaces or control characters).";
        }
        return null;
    }

    private async Task<QuoteAcceptResult> EarlierAsync(Quote quote, QuoteAcceptance earlier, string key, string kind, CancellationToken cancellationToken)
    {
        if (!string.Equals(earlier.IdempotencyKey, key, StringComparison.Ordinal))
        {
            return new(ServiceResult<Order>.Conflict("quote",
                $"quote {quote.Id} is already accepted (option {earlier.Option}, order {earlier.OrderId}) with another {IdempotencyKeyHeader}; a quote is accepted once."),
                ProblemType: QuoteProblems.AlreadyAccepted);
        }
        if (earlier.Option != kind)
        {
            return new(ServiceResult<Order>.Conflict(IdempotencyKeyHeader,
                $"{IdempotencyKeyHeader} was used to accept option {earlier.Option} of quote {quote.Id} (order {earlier.OrderId}), not {kind}: a repeated request must repeat the option."));
        }
        var order = await orders.GetAsync(earlier.OrderId, cancellationToken)
            ?? throw new InvalidOperationException($"Quote {quote.Id} was accepted as order {earlier.OrderId}, which cannot be read.");
        return new(ServiceResult<Order>.Ok(order), Replayed: true);
    }

    /// <summary>The options of a validated request against the factory's live plan of now.</summary>
    private async Task<ServiceResult<Quote>> MakeAsync(Caller caller, Factory factory, StoredRequest request, IReadOnlyList<QuotedLine> lines, CancellationToken cancellationToken)
    {
        var foreign = lines.Select(l => l.Line.Currency).FirstOrDefault(c => c.Length > 0 && c != factory.Currency);
        if (foreign is not null)
        {
            return ServiceResult<Quote>.Conflict("factoryId",
                $"factoryId: materials are priced in {foreign} but {factory.Name} sells in {factory.Currency}; a quote needs one currency, so this factory cannot quote these designs.");
        }
        LivePlanSnapshot snapshot;
        try
        {
            snapshot = await plans.CurrentAsync(factory.Id, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            return ServiceResult<Quote>.Conflict("factoryId", $"factoryId: {factory.Name} has no plan to quote against ({e.Message}).");
        }
        var now = time.GetUtcNow();
        var deadline = request.RequestedDate is { } date ? EndOfDay(factory, date) : now.AddDays(Rates.DefaultHorizonDays);
        var materialsUsed = await footprints.MaterialsAsync(lines.SelectMany(l => l.Design.Bom.Select(b => b.MaterialId)), cancellationToken);
        var quoteCarbon = new QuoteCarbon(materialsUsed, await supplierFootprints.ValidForAsync(materialsUsed.Keys, now, cancellationToken), carbon.Value);
        var offered = QuoteOffers.Offer(Request(snapshot, lines, now, deadline, DeadlineText(factory, request.RequestedDate, deadline)) with { Carbon = quoteCarbon });
        var quote = new Quote(ids.New(Core.Ids.IdPrefix.Quote), request.CustomerId, factory.Id, caller.UserId, now, now + Rates.Expiry, snapshot.Version, request.RequestedDate,
            deadline, [.. lines.Select(l => l.Line)], offered);
        return ServiceResult<Quote>.Ok(quote);
    }

    private QuoteOffers.Request Request(LivePlanSnapshot snapshot, IReadOnlyList<QuotedLine> lines, DateTimeOffset now, DateTimeOffset deadline, string deadlineText)
    {
        var lead = Rates.MaterialLeadTimes ? lines.Select(l => l.LeadTime).Where(l => l is not null).MaxBy(l => l!.Days) : null;
        return new QuoteOffers.Request(snapshot, lines, now, deadline, deadlineText, lead is { Days: > 0 } ? lead : null, Rates);
    }

    private string DeadlineText(Factory factory, DateOnly? requestedDate, DateTimeOffset deadline) => requestedDate is { } date
        ? $"the requested date {Iso(date)} (end of day in {factory.TimeZoneId})"
        : $"{QuoteOffers.Text(QuoteOffers.Local(deadline, Zone(factory)))} ({Rates.DefaultHorizonDays} days ahead; no requestedDate was given)";

    /// <summary>Midnight after <paramref name="date"/> at the factory, in UTC (a midnight skipped by daylight saving counts from the end of the jump).</summary>
    private static DateTimeOffset EndOfDay(Factory factory, DateOnly date)
    {
        var zone = Zone(factory);
        var local = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    private async Task<string?> CustomerAsync(Caller caller, string? given, FieldErrors errors, CancellationToken cancellationToken)
    {
        var customerId = given ?? (caller.MayActForAll() ? null : caller.CustomerId);
        if (!errors.Required("customerId", customerId))
        {
            return null;
        }
        if (customerId!.Length > MaxIdLength)
        {
            errors.Add("customerId", $"customerId '{customerId[..20]}…' names no customer.");
        }
        else if (!caller.MayActFor(customerId))
        {
            errors.Add("customerId", "customerId must be your own customer id (or be left out).");
        }
        else if (await customers.GetAsync(customerId, cancellationToken) is null)
        {
            errors.Add("customerId", $"customerId '{customerId}' names no customer.");
        }
        return customerId;
    }

    private Task<Factory?> FactoryAsync(string? factoryId, FieldErrors errors, CancellationToken cancellationToken) =>
        FactoryChoice.ResolveAsync(factories, factoryId, "quote", MaxIdLength, errors, cancellationToken);

    /// <summary>Each line validated and evaluated to its design, with its summary and its materials' longest lead time.</summary>
    private async Task<IReadOnlyList<QuotedLine>> LinesAsync(IReadOnlyList<QuoteLineInput?>? input, FieldErrors errors, CancellationToken cancellationToken)
    {
        var result = new List<QuotedLine>();
        if (!errors.Required("lines", input))
        {
            return result;
        }
        if (input!.Count is 0 or > MaxLines)
        {
            errors.Add("lines", $"lines must hold between 1 and {MaxLines} products.");
            return result;
        }
        var max = Rates.MaxUnitsPerQuote;
        var leadTimes = new Dictionary<string, (string Name, string? SupplierId, string SupplierName, int Days)>(StringComparer.Ordinal);
        for (var i = 0; i < input.Count; i++)
        {
            var field = $"lines[{i}]";
            var line = input[i];
            if (line is null)
            {
                errors.Add(field, $"{field} is required.");
                continue;
            }
            errors.Text($"{field}.templateId", line.TemplateId, 100);
            errors.Text($"{field}.templateVersion", line.TemplateVersion, 40);
            errors.Range($"{field}.quantity", line.Quantity, 1, max);
            if (line.Parameters is { } parameters)
            {
                errors.Check(parameters.Count <= MaxParameters, $"{field}.parameters", $"{field}.parameters may hold at most {MaxParameters} values.");
                foreach (var (name, value) in parameters)
                {
                    errors.Check(name.Length is > 0 and <= 100 && value is not null && value.Length <= 1000,
                        $"{field}.parameters", $"{field}.parameters: names must be 1–100 characters and values at most 1000.");
                }
            }
            var evaluated = await DesignAsync(line, field, errors, cancellationToken);
            if (evaluated is { } found && line.Quantity is not null)
            {
                result.Add(await SummaryAsync(i + 1, line, found.Design, found.Title, leadTimes, cancellationToken));
            }
        }
        var units = input.Sum(l => (long)Math.Max(0, l?.Quantity ?? 0));
        errors.Check(units <= max, "lines", $"lines: a quote holds at most {max} units in all; these lines ask for {units}. Split the order or ask us.");
        return result;
    }

    /// <summary>
    /// A line names one published template version and parameter values that give a design; otherwise the line is
    /// refused by field (<c>lines[i].parameters.&lt;name&gt;</c> with the rule's message).
    /// </summary>
    private async Task<(Design.Evaluation.Design Design, string Title)?> DesignAsync(QuoteLineInput line, string field, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(line.TemplateId) || string.IsNullOrWhiteSpace(line.TemplateVersion) || line.TemplateId.Length > 100 || line.TemplateVersion.Length > 40)
        {
            return null;
        }
        if (!TemplateVersion.TryParse(line.TemplateVersion.Trim(), out _))
        {
            errors.Add($"{field}.templateVersion", $"{field}.templateVersion must be a published version such as 1.0.0.");
            return null;
        }
        var template = await templates.GetAsync(line.TemplateId.Trim(), line.TemplateVersion.Trim(), cancellationToken);
        if (template.Outcome == ServiceOutcome.NotFound)
        {
            var known = (await templates.GetAsync(line.TemplateId.Trim(), null, cancellationToken)).Outcome != ServiceOutcome.NotFound;
            var name = known ? $"{field}.templateVersion" : $"{field}.templateId";
            errors.Add(name, $"{name}: {template.Message}");
            return null;
        }
        var design = await templates.DesignAsync(line.TemplateId.Trim(), line.TemplateVersion.Trim(), line.Parameters ?? new Dictionary<string, string>(),
            new EvaluationOptions { IncludeGeometry = false }, cancellationToken);
        switch (design.Outcome)
        {
            case ServiceOutcome.Ok:
                return (design.Value!, template.Value.Published.Metadata.Title);
            case ServiceOutcome.NotFound:
                errors.Add($"{field}.templateVersion", $"{field}.templateVersion: {design.Message}");
                break;
            default:
                foreach (var error in design.Errors)
                {
                    errors.Add($"{field}.{error.Field}", $"{field}.{error.Field}: {error.Message}");
                }
                break;
        }
        return null;
    }

    private async Task<QuotedLine> SummaryAsync(int number, QuoteLineInput line, Design.Evaluation.Design design, string title,
        Dictionary<string, (string Name, string? SupplierId, string SupplierName, int Days)> leadTimes, CancellationToken cancellationToken)
    {
        var bom = new List<QuoteBomLine>(design.Bom.Count);
        LeadTime? longest = null;
        foreach (var b in design.Bom)
        {
            if (!leadTimes.TryGetValue(b.MaterialId, out var lead))
            {
                var material = await materials.GetAsync(b.MaterialId, cancellationToken);
                var supplier = material is null ? null : await suppliers.GetAsync(material.SupplierId, cancellationToken);
                lead = (b.MaterialName, supplier?.Id, supplier?.Name ?? "an unknown supplier", supplier?.LeadTimeDays ?? 0);
                leadTimes[b.MaterialId] = lead;
            }
            bom.Add(new QuoteBomLine(b.MaterialId, b.MaterialName, b.Quantity, b.Unit, b.LineCost, b.KgCo2e, lead.SupplierId, lead.Days));
            if (lead.Days > (longest?.Days ?? 0))
            {
                longest = new LeadTime(b.MaterialName, lead.SupplierName, lead.Days);
            }
        }
        var summary = new QuoteLine(number, design.TemplateId, design.TemplateVersion, title, line.Quantity!.Value, Parameters(line.Parameters),
            design.MaterialCost, design.Currency, design.MaterialKgCo2e, design.MassKg, bom,
            [.. design.Routing.Select(r => new QuoteStep(r.Id, r.CapabilityId, r.SetupSeconds, r.RunSeconds, r.Predecessors))]);
        return new QuotedLine(summary, design, longest);
    }

    private static ImmutableSortedDictionary<string, string> Parameters(IReadOnlyDictionary<string, string>? parameters) =>
        (parameters ?? new Dictionary<string, string>()).ToImmutableSortedDictionary(StringComparer.Ordinal);

    private static TimeZoneInfo Zone(Factory factory) => TimeZoneInfo.FindSystemTimeZoneById(factory.TimeZoneId);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>What was asked, as stored with the quote (and asked again for a fresh quote).</summary>
    private sealed record StoredRequest(string FactoryId, string CustomerId, DateOnly? RequestedDate, IReadOnlyList<StoredLine> Lines);

    private sealed record StoredLine(string TemplateId, string TemplateVersion, ImmutableSortedDictionary<string, string> Parameters, int Quantity);
}
