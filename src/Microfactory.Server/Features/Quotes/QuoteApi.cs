using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Orders;
using Microsoft.AspNetCore.Mvc;

namespace Microfactory.Server.Features.Quotes;

/// <summary>/api/v1/quotes: instant quotes (fastest, cheapest, greenest) against the live plan, and orders from them.</summary>
internal static class QuoteApi
{
    public static RouteGroupBuilder MapQuoteApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/quotes").WithTags("Quotes");
        group.MapPost("/", async (QuoteInput input, ClaimsPrincipal user, QuoteService service, TimeProvider time, CancellationToken cancellationToken) =>
                (await service.CreateAsync(user.ToCaller(), input, cancellationToken)).ToHttp(q => QuoteResponse.From(q, time.GetUtcNow()), q => $"/api/v1/quotes/{q.Id}"))
            .WithSummary("Get a quote")
            .WithDescription(
                "Prices and dates configured products against the factory's live plan. Always three options, fastest, cheapest and greenest: the earliest completion, "
                + "the lowest price and the least kg CO2e that complete by the end of requestedDate at the factory (or within the default horizon). Each says whether it is "
                + "available (else why: capability, capacity before the date, material lead time), its price (materials, machine time, energy at the hours used, labour, "
                + "overhead, margin), promised completion, kg CO2e and kWh, and the tentative operations. Quoting reserves nothing; a quote expires (expiresAt). "
                + "A customer user may leave customerId out and may name no other; admins and planners must name it.")
            .ProducesCreated<QuoteResponse>()
            .ProducesConflict()
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("CreateQuote");
        group.MapGet("/{id}", async (string id, ClaimsPrincipal user, QuoteService service, TimeProvider time, CancellationToken cancellationToken) =>
                (await service.GetAsync(user.ToCaller(), id, cancellationToken)).ToHttp(q => QuoteResponse.From(q, time.GetUtcNow())))
            .WithSummary("Get a quote by id")
            .WithDescription("A customer user is told 404 about any quote but its own.")
            .ProducesOne<QuoteResponse>()
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("GetQuote");
        group.MapPost("/{id}/accept", async (string id, QuoteAcceptInput input, [FromHeader(Name = QuoteService.IdempotencyKeyHeader)] string? idempotencyKey,
                HttpContext context, ClaimsPrincipal user, QuoteService service, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var key = context.Request.Headers[QuoteService.IdempotencyKeyHeader];
                var result = key.Count > 1
                    ? new QuoteAcceptResult(ServiceResult<Core.Orders.Order>.Invalid(QuoteService.IdempotencyKeyHeader, $"{QuoteService.IdempotencyKeyHeader} must be sent once."))
                    : await service.AcceptAsync(user.ToCaller(), id, idempotencyKey, input, cancellationToken);
                return Accepted(result, context, time);
            })
            .WithSummary("Accept a quote")
            .WithDescription(
                "Creates a confirmed order from one option (fastest, cheapest or greenest) with its promised completion and price, and puts it on the live plan. "
                + "The Idempotency-Key header (1–100 visible ASCII characters, e.g. a UUID) is required: the same key again answers the same order (201, "
                + "Idempotent-Replayed: true), even when the requests race; another key for an accepted quote is 409 (type " + QuoteProblems.AlreadyAccepted + "). "
                + "An expired quote is 409 (type " + QuoteProblems.Expired + "); when the plan of now can no longer keep the option's promise, 409 (type "
                + QuoteProblems.PromiseNoLongerHolds + ") with a fresh quote in the problem's quote member.")
            .Produces<OrderResponse>(StatusCodes.Status201Created)
            .ProducesInvalid()
            .ProducesNotFound()
            .ProducesConflict()
            .RequireAuthorization(Policies.CustomerOrPlanning).WithName("AcceptQuote");
        return api;
    }

    private static IResult Accepted(QuoteAcceptResult result, HttpContext context, TimeProvider time)
    {
        var outcome = result.Result;
        if (outcome.Outcome == ServiceOutcome.Ok)
        {
            var order = OrderResponse.From(outcome.Value!);
            if (result.Replayed)
            {
                context.Response.Headers["Idempotent-Replayed"] = "true";
            }
            return TypedResults.Created($"/api/v1/orders/{order.Id}", order);
        }
        if (result.ProblemType is null)
        {
            return ApiResults.Problem(outcome);
        }
        var extensions = new Dictionary<string, object?>
        {
            ["errors"] = outcome.Errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
        };
        if (result.FreshQuote is { } fresh)
        {
            extensions["quote"] = QuoteResponse.From(fresh, time.GetUtcNow());
        }
        var title = result.ProblemType switch
        {
            QuoteProblems.Expired => "The quote has expired",
            QuoteProblems.PromiseNoLongerHolds => "The promise no longer holds",
            _ => "The quote is already accepted",
        };
        return TypedResults.Problem(type: result.ProblemType, title: title, detail: outcome.Message, statusCode: StatusCodes.Status409Conflict, extensions: extensions);
    }
}
