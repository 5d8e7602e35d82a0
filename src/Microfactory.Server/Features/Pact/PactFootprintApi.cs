using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Pact;

/// <summary>
/// PACT v3 Actions ListFootprints (<c>GET /3/footprints</c>, filters and RFC 8288 pagination links) and GetFootprint
/// (<c>GET /3/footprints/{id}</c>), bearer tokens from <c>/auth/token</c>, errors as <c>{"code","message"}</c>. Any
/// other path under <c>/3</c> is a PACT NotFound.
/// </summary>
internal static class PactFootprintApi
{
    public static RouteGroupBuilder MapPactFootprintApi(this RouteGroupBuilder pact)
    {
        pact.MapGet("/footprints", ListAsync).WithDisplayName("PACT ListFootprints");
        pact.MapGet("/footprints/{id}", GetAsync).WithDisplayName("PACT GetFootprint");
        return pact;
    }

    private static async Task<IResult> ListAsync(HttpContext context, PactFootprintService footprints, IOptions<PactOptions> options, CancellationToken cancellationToken)
    {
        var (query, problem) = PactListQuery.Parse(context.Request.Query, options.Value);
        if (problem is not null)
        {
            return problem;
        }
        (DateTimeOffset, Guid)? after = null;
        if (query!.Cursor is { } cursor)
        {
            after = PactCursor.Decode(cursor);
            if (after is null)
            {
                return PactErrors.BadRequest("cursor is not one this server issued: follow the Link header of the previous page as it is.");
            }
        }
        var (page, next) = await footprints.ListAsync(query.Criteria, query.Limit, after, cancellationToken);
        if (next is not null)
        {
            context.Response.Headers.Link = $"<{NextUrl(context.Request, query.Limit, next)}>; rel=\"next\"";
        }
        return Json(new JsonObject { ["data"] = new JsonArray([.. page]) });
    }

    private static async Task<IResult> GetAsync(string id, PactFootprintService footprints, CancellationToken cancellationToken)
    {
        var shown = id.Length <= 60 ? id : id[..60] + "…";
        if (!Guid.TryParseExact(id, "D", out var key) || await footprints.GetAsync(key, cancellationToken) is not { } document)
        {
            return PactErrors.NotFound($"Footprint with ID '{shown}' does not exist.");
        }
        return Json(new JsonObject { ["data"] = document });
    }

    /// <summary>
    /// The next page's absolute URL: this request's scheme, host (the Host header, as the specification requires), path
    /// and filters, with the page size and the cursor in place of the old ones.
    /// </summary>
    private static string NextUrl(HttpRequest request, int limit, string cursor)
    {
        var query = new StringBuilder();
        foreach (var (name, values) in request.Query)
        {
            if (name.Equals(PactListQuery.CursorName, StringComparison.OrdinalIgnoreCase) || name.Equals(PactListQuery.LimitName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            foreach (var value in values)
            {
                query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value ?? "")).Append('&');
            }
        }
        query.Append(PactListQuery.LimitName).Append('=').Append(limit.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('&').Append(PactListQuery.CursorName).Append('=').Append(cursor);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{query}";
    }

    public static IResult Json(JsonNode node) => TypedResults.Text(node.ToJsonString(), "application/json", Encoding.UTF8);
}
