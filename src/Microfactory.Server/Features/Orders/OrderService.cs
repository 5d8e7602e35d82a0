using System.Collections.Immutable;
using System.Globalization;
using Microfactory.Core.Factories;
using Microfactory.Core.Ids;
using Microfactory.Core.Orders;
using Microfactory.Core.Validation;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Features.Templates;
using Microfactory.Design.Evaluation;
using Microfactory.Design.Templates;

namespace Microfactory.Server.Features.Orders;

/// <summary>
/// Orders. Customers place, read and change only their own orders, and change them only while they
/// are drafts or submitted; admins and planners see and change every order. Another customer's
/// order is "not found" to a customer, so ids of others reveal nothing. Status moves follow <see cref="OrderTransitions"/>;
/// every change the factory's plan must follow is notified to it (<see cref="LivePlans.NotifyAsync"/>).
/// </summary>
internal sealed class OrderService(OrderStore store, CustomerStore customers, FactoryStore factories, TemplateService templates, IdFactory ids, TimeProvider time, LivePlans plans)
{
    public const int MaxLines = 100;
    public const int MaxQuantity = 10_000;
    public const int MaxParameters = 100;
    public const int MaxIdLength = 100;

    public async Task<ItemPage<Order>> ListAsync(Caller caller, PageRequest page, CancellationToken cancellationToken)
    {
        var customerId = caller.MayActForAll() ? null : caller.CustomerId ?? "";
        var (items, total) = await store.ListAsync(customerId, page.Offset, page.PageSize, cancellationToken);
        return new ItemPage<Order>(items, page.Page, page.PageSize, total);
    }

    public async Task<ServiceResult<Order>> GetAsync(Caller caller, string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } order && caller.MayActFor(order.CustomerId)
            ? ServiceResult<Order>.Ok(order)
            : ServiceResult<Order>.NotFound($"No order with id '{id}'.");

    public async Task<ServiceResult<Order>> CreateAsync(Caller caller, OrderInput input, CancellationToken cancellationToken)
    {
        var customerId = input.CustomerId ?? (caller.MayActForAll() ? null : caller.CustomerId);
        var errors = new FieldErrors();
        if (errors.Required("customerId", customerId))
        {
            if (customerId!.Length > MaxIdLength)
            {
                errors.Add("customerId", $"customerId '{customerId[..20]}…' names no customer.");
            }
            else if (!caller.MayActFor(customerId))
            {
                errors.Add("customerId", "customerId must be your own customer id (or be left out).");
            }
            else if (await customers.GetAsync(customerId!, cancellationToken) is null)
            {
                errors.Add("customerId", $"customerId '{customerId}' names no customer.");
            }
        }
        var valid = await ValidateAsync(input, null, errors, cancellationToken);
        if (input.Status is { } status && status != OrderStatus.Draft && status != OrderStatus.Submitted)
        {
            errors.Add("status", "status of a new order must be draft or submitted.");
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<Order>.Invalid(errors.Errors);
        }
        var now = time.GetUtcNow();
        var order = new Order(ids.New(IdPrefix.Order), customerId!, valid.FactoryId!, input.Status ?? OrderStatus.Submitted, input.RequestedDate,
            input.Notes?.Trim(), Lines(input, valid.Descriptions), now, now);
        await store.InsertAsync(order, cancellationToken);
        if (order.IsOpenForProduction)
        {
            await plans.NotifyAsync(new PlanEvent(order.FactoryId, PlanEventKind.OrderChanged, order.Id, caller.UserId), cancellationToken);
        }
        return ServiceResult<Order>.Ok(order);
    }

    public async Task<ServiceResult<Order>> UpdateAsync(Caller caller, string id, OrderInput input, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync(id, cancellationToken);
        if (existing is null || !caller.MayActFor(existing.CustomerId))
        {
            return ServiceResult<Order>.NotFound($"No order with id '{id}'.");
        }
        var errors = new FieldErrors();
        errors.Check(input.CustomerId is null || input.CustomerId == existing.CustomerId, "customerId", "customerId of an order cannot change.");
        var valid = await ValidateAsync(input, existing, errors, cancellationToken);
        var status = input.Status ?? existing.Status;
        if (!caller.MayActForAll())
        {
            errors.Check(existing.CustomerMayChange, "status",
                $"status is {OrderTransitions.Name(existing.Status)}: the order can no longer be changed by the customer (it can still be cancelled before production: POST /api/v1/orders/{id}/cancel).");
        }
        if (errors.IsEmpty && OrderTransitions.Check(Actor(caller), existing.Status, status) is { } refusal)
        {
            if (refusal.IsStateConflict)
            {
                return ServiceResult<Order>.Conflict("status", refusal.Message);
            }
            errors.Add("status", refusal.Message);
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<Order>.Invalid(errors.Errors);
        }
        var order = existing with
        {
            FactoryId = valid.FactoryId!, Status = status, RequestedDate = input.RequestedDate, Notes = input.Notes?.Trim(),
            Lines = Lines(input, valid.Descriptions, existing), UpdatedAt = time.GetUtcNow(),
        };
        if (!await store.UpdateAsync(order, cancellationToken))
        {
            return ServiceResult<Order>.NotFound($"No order with id '{id}'.");
        }
        if (existing.IsOpenForProduction || order.IsOpenForProduction)
        {
            var kind = order.Status == OrderStatus.Cancelled ? PlanEventKind.OrderCancelled
                : order.Status == OrderStatus.Confirmed && existing.Status != OrderStatus.Confirmed ? PlanEventKind.OrderConfirmed
                : PlanEventKind.OrderChanged;
            await plans.NotifyAsync(new PlanEvent(order.FactoryId, kind, order.Id, caller.UserId), cancellationToken);
        }
        return ServiceResult<Order>.Ok(order);
    }

    /// <summary>
    /// Cancels an order that no work has started on (its customer, planners and admins); the plan releases its capacity.
    /// Cancelling a cancelled order again changes nothing; an order in production or later is a conflict.
    /// </summary>
    public async Task<ServiceResult<Order>> CancelAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        for (var attempt = 0; ; attempt++)
        {
            var existing = id.Length <= MaxIdLength ? await store.GetAsync(id, cancellationToken) : null;
            if (existing is null || !caller.MayActFor(existing.CustomerId))
            {
                return ServiceResult<Order>.NotFound($"No order with id '{(id.Length <= MaxIdLength ? id : id[..20] + "…")}'.");
            }
            if (existing.Status == OrderStatus.Cancelled)
            {
                return ServiceResult<Order>.Ok(existing);
            }
            if (OrderTransitions.Check(Actor(caller), existing.Status, OrderStatus.Cancelled) is { } refusal)
            {
                return ServiceResult<Order>.Conflict("status", refusal.Message);
            }
            var at = time.GetUtcNow();
            // Conditional on the status read, so a move the platform makes meanwhile (planned → in production) is never overwritten.
            if (await store.SetStatusAsync(id, existing.Status, OrderStatus.Cancelled, at, cancellationToken))
            {
                await plans.NotifyAsync(new PlanEvent(existing.FactoryId, PlanEventKind.OrderCancelled, id, caller.UserId), cancellationToken);
                return ServiceResult<Order>.Ok(existing with { Status = OrderStatus.Cancelled, UpdatedAt = at });
            }
            if (attempt == 2)
            {
                return ServiceResult<Order>.Conflict("status", $"status of order {id} keeps changing; try again.");
            }
        }
    }

    private static OrderActor Actor(Caller caller) => caller.MayActForAll() ? OrderActor.Staff : OrderActor.Customer;

    /// <summary>What validation settled beyond the input: the factory (named, kept, or the only one) and each line's description.</summary>
    private sealed record Validated(string? FactoryId, IReadOnlyList<string?> Descriptions);

    private async Task<Validated> ValidateAsync(OrderInput input, Order? existing, FieldErrors errors, CancellationToken cancellationToken)
    {
        var factory = await FactoryAsync(input.FactoryId ?? existing?.FactoryId, errors, cancellationToken);
        if (factory is not null && input.RequestedDate is { } date && date != existing?.RequestedDate)
        {
            // "Today" where the order is made: the factory's local date.
            var zone = TimeZoneInfo.FindSystemTimeZoneById(factory.TimeZoneId);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
            errors.Check(date >= today, "requestedDate",
                $"requestedDate {Iso(date)} is in the past: the earliest is today, {Iso(today)} in {factory.TimeZoneId}, where {factory.Name} is.");
        }
        errors.Text("notes", input.Notes, 2000, required: false);
        if (input.Status is { } s && !Enum.IsDefined(s))
        {
            errors.Add("status", "status is not a known order status.");
        }
        var descriptions = new List<string?>();
        var validated = new Validated(factory?.Id, descriptions);
        if (!errors.Required("lines", input.Lines))
        {
            return validated;
        }
        if (input.Lines!.Count is 0 or > MaxLines)
        {
            errors.Add("lines", $"lines must hold between 1 and {MaxLines} products.");
            return validated;
        }
        for (var i = 0; i < input.Lines.Count; i++)
        {
            var field = $"lines[{i}]";
            var line = input.Lines[i];
            descriptions.Add(line?.Description?.Trim() is { Length: > 0 } described ? described : null);
            if (line is null)
            {
                errors.Add(field, $"{field} is required.");
                continue;
            }
            errors.Text($"{field}.templateId", line.TemplateId, 100);
            errors.Text($"{field}.templateVersion", line.TemplateVersion, 40);
            errors.Text($"{field}.description", line.Description, 500, required: false);
            errors.Range($"{field}.quantity", line.Quantity, 1, MaxQuantity);
            if (line.Parameters is { } parameters)
            {
                errors.Check(parameters.Count <= MaxParameters, $"{field}.parameters", $"{field}.parameters may hold at most {MaxParameters} values.");
                foreach (var (name, value) in parameters)
                {
                    errors.Check(name.Length is > 0 and <= 100 && value is not null && value.Length <= 1000,
                        $"{field}.parameters", $"{field}.parameters: names must be 1–100 characters and values at most 1000.");
                }
            }
            if (await ValidateDesignAsync(line, field, errors, cancellationToken) && descriptions[i] is null)
            {
                // A line without a description is described by its template's title.
                var template = await templates.GetAsync(line.TemplateId!, line.TemplateVersion, cancellationToken);
                descriptions[i] = template.Outcome == ServiceOutcome.Ok ? template.Value.Published.Metadata.Title : line.TemplateId;
            }
        }
        return validated;
    }

    private Task<Factory?> FactoryAsync(string? factoryId, FieldErrors errors, CancellationToken cancellationToken) =>
        FactoryChoice.ResolveAsync(factories, factoryId, "make the order", MaxIdLength, errors, cancellationToken);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// An order line names one published template version (never "latest": the order must keep pointing at the
    /// design it was made from) and parameter values that give a design; otherwise the line is refused by field.
    /// </summary>
    private async Task<bool> ValidateDesignAsync(OrderLineInput line, string field, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(line.TemplateId) || string.IsNullOrWhiteSpace(line.TemplateVersion) || line.TemplateId.Length > 100)
        {
            return false;
        }
        if (!TemplateVersion.TryParse(line.TemplateVersion, out _))
        {
            errors.Add($"{field}.templateVersion", $"{field}.templateVersion must be a published version such as 1.0.0.");
            return false;
        }
        var design = await templates.DesignAsync(line.TemplateId, line.TemplateVersion, line.Parameters ?? new Dictionary<string, string>(),
            new EvaluationOptions { IncludeGeometry = false }, cancellationToken);
        switch (design.Outcome)
        {
            case ServiceOutcome.NotFound:
                errors.Add($"{field}.templateVersion", $"{field}.templateVersion: {design.Message}");
                break;
            case ServiceOutcome.Ok:
                return true;
            default:
                foreach (var error in design.Errors)
                {
                    errors.Add($"{field}.{error.Field}", $"{field}.{error.Field}: {error.Message}");
                }
                break;
        }
        return false;
    }

    private ImmutableArray<OrderLine> Lines(OrderInput input, IReadOnlyList<string?> descriptions, Order? existing = null) =>
    [
        .. input.Lines!.Select((l, i) => new OrderLine(
            existing is not null && i < existing.Lines.Length ? existing.Lines[i].Id : ids.New(IdPrefix.OrderLine),
            i + 1, l.TemplateId!.Trim(), l.TemplateVersion!.Trim(), descriptions[i]!, l.Quantity!.Value,
            (l.Parameters ?? new Dictionary<string, string>()).ToImmutableSortedDictionary(StringComparer.Ordinal))),
    ];
}
