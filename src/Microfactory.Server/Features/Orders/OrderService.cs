using System.Collections.Immutable;
using Microfactory.Core.Ids;
using Microfactory.Core.Orders;
using Microfactory.Core.Validation;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Templates;
using Microfactory.Design.Evaluation;
using Microfactory.Design.Templates;

namespace Microfactory.Server.Features.Orders;

/// <summary>
/// Orders. Customers place, read and change only their own orders, and change them only while they
/// are drafts or submitted; admins and planners see and change every order. Another customer's
/// order is "not found" to a customer, so ids of others reveal nothing.
/// </summary>
internal sealed class OrderService(OrderStore store, CustomerStore customers, FactoryStore factories, TemplateService templates, IdFactory ids, TimeProvider time)
{
    public const int MaxLines = 100;
    public const int MaxQuantity = 10_000;
    public const int MaxParameters = 100;

    private static readonly OrderStatus[] CustomerSettableStatuses = [OrderStatus.Draft, OrderStatus.Submitted, OrderStatus.Cancelled];

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
            if (!caller.MayActFor(customerId!))
            {
                errors.Add("customerId", "customerId must be your own customer id (or be left out).");
            }
            else if (await customers.GetAsync(customerId!, cancellationToken) is null)
            {
                errors.Add("customerId", $"customerId '{customerId}' names no customer.");
            }
        }
        await ValidateAsync(input, errors, cancellationToken);
        if (input.Status is { } status && status != OrderStatus.Draft && status != OrderStatus.Submitted)
        {
            errors.Add("status", "status of a new order must be draft or submitted.");
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<Order>.Invalid(errors.Errors);
        }
        var now = time.GetUtcNow();
        var order = new Order(ids.New(IdPrefix.Order), customerId!, input.FactoryId!, input.Status ?? OrderStatus.Submitted, input.RequestedDate,
            input.Notes?.Trim(), Lines(input), now, now);
        await store.InsertAsync(order, cancellationToken);
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
        await ValidateAsync(input, errors, cancellationToken);
        var status = input.Status ?? existing.Status;
        if (!caller.MayActForAll())
        {
            errors.Check(existing.CustomerMayChange, "status", $"status is {System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(existing.Status.ToString())}: the order can no longer be changed by the customer.");
            errors.Check(CustomerSettableStatuses.Contains(status), "status", "status may be set to draft, submitted or cancelled by a customer.");
        }
        if (!errors.IsEmpty)
        {
            return ServiceResult<Order>.Invalid(errors.Errors);
        }
        var order = existing with
        {
            FactoryId = input.FactoryId!, Status = status, RequestedDate = input.RequestedDate, Notes = input.Notes?.Trim(),
            Lines = Lines(input, existing), UpdatedAt = time.GetUtcNow(),
        };
        return await store.UpdateAsync(order, cancellationToken)
            ? ServiceResult<Order>.Ok(order)
            : ServiceResult<Order>.NotFound($"No order with id '{id}'.");
    }

    private async Task ValidateAsync(OrderInput input, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (errors.Required("factoryId", input.FactoryId) && !await factories.ExistsAsync(input.FactoryId!, cancellationToken))
        {
            errors.Add("factoryId", $"factoryId '{input.FactoryId}' names no factory.");
        }
        errors.Text("notes", input.Notes, 2000, required: false);
        if (input.Status is { } s && !Enum.IsDefined(s))
        {
            errors.Add("status", "status is not a known order status.");
        }
        if (!errors.Required("lines", input.Lines))
        {
            return;
        }
        if (input.Lines!.Count is 0 or > MaxLines)
        {
            errors.Add("lines", $"lines must hold between 1 and {MaxLines} products.");
            return;
        }
        for (var i = 0; i < input.Lines.Count; i++)
        {
            var field = $"lines[{i}]";
            var line = input.Lines[i];
            if (line is null)
            {
                errors.Add(field, $"{field} is required.");
                continue;
            }
            errors.Text($"{field}.templateId", line.TemplateId, 100);
            errors.Text($"{field}.templateVersion", line.TemplateVersion, 40);
            errors.Text($"{field}.description", line.Description, 500);
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
            await ValidateDesignAsync(line, field, errors, cancellationToken);
        }
    }

    /// <summary>
    /// An order line names one published template version (never "latest": the order must keep pointing at the
    /// design it was made from) and parameter values that give a design; otherwise the line is refused by field.
    /// </summary>
    private async Task ValidateDesignAsync(OrderLineInput line, string field, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(line.TemplateId) || string.IsNullOrWhiteSpace(line.TemplateVersion))
        {
            return;
        }
        if (!TemplateVersion.TryParse(line.TemplateVersion, out _))
        {
            errors.Add($"{field}.templateVersion", $"{field}.templateVersion must be a published version such as 1.0.0.");
            return;
        }
        var design = await templates.DesignAsync(line.TemplateId, line.TemplateVersion, line.Parameters ?? new Dictionary<string, string>(),
            new EvaluationOptions { IncludeGeometry = false }, cancellationToken);
        switch (design.Outcome)
        {
            case ServiceOutcome.NotFound:
                errors.Add($"{field}.templateVersion", $"{field}.templateVersion: {design.Message}");
                break;
            case ServiceOutcome.Ok:
                break;
            default:
                foreach (var error in design.Errors)
                {
                    errors.Add($"{field}.{error.Field}", $"{field}.{error.Field}: {error.Message}");
                }
                break;
        }
    }

    private ImmutableArray<OrderLine> Lines(OrderInput input, Order? existing = null) =>
    [
        .. input.Lines!.Select((l, i) => new OrderLine(
            existing is not null && i < existing.Lines.Length ? existing.Lines[i].Id : ids.New(IdPrefix.OrderLine),
            i + 1, l.TemplateId!.Trim(), l.TemplateVersion!.Trim(), l.Description!.Trim(), l.Quantity!.Value,
            (l.Parameters ?? new Dictionary<string, string>()).ToImmutableSortedDictionary(StringComparer.Ordinal))),
    ];
}
