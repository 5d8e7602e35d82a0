using System.Security.Claims;
using System.Text;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Application;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.SupplierFootprints;

/// <summary>
/// Suppliers' own footprints: <c>/api/v1/suppliers/{id}/pact-connection</c> (admins set it, planners read it and sync now),
/// <c>/api/v1/suppliers/{id}/footprints</c> (planners list and upload) and <c>/api/v1/materials/{id}/supplier-product-ids</c>
/// (which supplier product ids a material is).
/// </summary>
internal static class SupplierFootprintApi
{
    public static RouteGroupBuilder MapSupplierFootprintApi(this RouteGroupBuilder api)
    {
        var suppliers = api.MapGroup("/suppliers/{id}").WithTags("Suppliers");
        suppliers.MapPut("/pact-connection", async (string id, PactConnectionInput input, SupplierFootprintService service, CancellationToken ct) =>
                (await service.PutConnectionAsync(id, input, ct)).ToHttp(PactConnectionResponse.From))
            .WithSummary("Set a supplier's PACT connection")
            .WithDescription("The supplier's PACT v3 API: baseUrl (https; its /3/footprints is under it), authBaseUrl when its token endpoint or /.well-known/openid-configuration is elsewhere, and the client id and secret the supplier issued to us. The secret is stored protected and never shown again: send it with every PUT. enabled (default true) connections are synced in the background every Microfactory:Suppliers:SyncInterval.")
            .ProducesReplaced<PactConnectionResponse>()
            .RequireAuthorization(Policies.Admin).WithName("SetSupplierPactConnection");
        suppliers.MapGet("/pact-connection", async (string id, SupplierFootprintService service, CancellationToken ct) =>
                (await service.GetConnectionAsync(id, ct)).ToHttp(PactConnectionResponse.From))
            .WithSummary("Get a supplier's PACT connection")
            .WithDescription("Without its secret; with the time and summary of the last sync. 404 when the supplier has none.")
            .ProducesOne<PactConnectionResponse>()
            .RequireAuthorization(Policies.Planning).WithName("GetSupplierPactConnection");
        suppliers.MapPost("/pact-connection/sync", async (string id, SupplierFootprintService service, CancellationToken ct) =>
                (await service.SyncAsync(id, ct)).ToHttp(SupplierSyncResponse.From))
            .WithSummary("Pull a supplier's footprints now")
            .WithDescription("Gets a token, reads every page of the supplier's /3/footprints and stores the footprints that validate as PACT v3 (new or changed ones; a footprint named in another's precedingPfIds becomes Deprecated). Answers what was fetched, stored, unchanged, deprecated and rejected (with the first reasons) and the errors of failed calls (URL, status, PACT error code); a failed pull is a 200 with errors, and what was stored before stays. Runs also for a disabled connection.")
            .ProducesOne<SupplierSyncResponse>()
            .RequireAuthorization(Policies.Planning).WithName("SyncSupplierPactConnection");
        suppliers.MapGet("/footprints", async (string id, int? page, int? pageSize, SupplierFootprintService service, CancellationToken ct) =>
            {
                var request = PageRequest.From(page, pageSize);
                if (request.Outcome != ServiceOutcome.Ok)
                {
                    return ApiResults.Problem(request);
                }
                return (await service.ListAsync(id, request.Value!, ct)).ToHttp(p =>
                    new PagedResponse<SupplierFootprintResponse>([.. p.Items.Select(i => SupplierFootprintResponse.From(i.Record, i.Materials))], p.Page, p.PageSize, p.Total));
            })
            .WithSummary("List a supplier's footprints")
            .WithDescription("Stored footprints of the supplier, newest first, with provenance (pact-api, upload or demo-sample), source, fetch time, status and the materials each applies to now (those mapped to one of its productIds).")
            .ProducesPage<SupplierFootprintResponse>().ProducesNotFound()
            .RequireAuthorization(Policies.Planning).WithName("ListSupplierFootprints");
        suppliers.MapPost("/footprints", UploadAsync)
            .WithSummary("Upload a supplier's footprint")
            .WithDescription("For suppliers without a PACT API: the body is one PACT v3 ProductFootprint as the supplier sent it (application/json, at most Microfactory:Suppliers:MaxUploadBytes). It is validated by the strict v3 reader (a 400 names the field, such as pcf.declaredUnitAmount, and the rule) and stored with provenance 'upload' and the document as received; uploading the same id again replaces it.")
            .Accepts<SupplierFootprintUploadInput>("application/json")
            .Produces<SupplierFootprintResponse>().ProducesInvalid().ProducesNotFound()
            .RequireAuthorization(Policies.Planning).WithName("UploadSupplierFootprint");
        var materials = api.MapGroup("/materials/{id}/supplier-product-ids").WithTags("Materials");
        materials.MapGet("/", async (string id, SupplierFootprintService service, CancellationToken ct) =>
                (await service.ProductIdsAsync(id, ct)).ToHttp(r => r))
            .WithSummary("Get a material's supplier product ids")
            .WithDescription("The PACT productIds (URNs) of the material's supplier that this material is: the supplier's footprints naming one of them apply to it.")
            .ProducesOne<MaterialSupplierProductsResponse>()
            .RequireAuthorization(Policies.Staff).WithName("GetMaterialSupplierProductIds");
        materials.MapPut("/", async (string id, MaterialSupplierProductsInput input, SupplierFootprintService service, CancellationToken ct) =>
                (await service.SetProductIdsAsync(id, input, ct)).ToHttp(r => r))
            .WithSummary("Set a material's supplier product ids")
            .WithDescription("Replaces the list (at most 20 distinct URNs, compared ignoring case; an empty list removes the mapping). Mapping is explicit: a material never takes a supplier footprint by its name.")
            .ProducesReplaced<MaterialSupplierProductsResponse>()
            .RequireAuthorization(Policies.Planning).WithName("SetMaterialSupplierProductIds");
        return api;
    }

    private static async Task<IResult> UploadAsync(
        string id, HttpRequest request, ClaimsPrincipal user, SupplierFootprintService service, IOptions<SupplierFootprintOptions> options, CancellationToken ct)
    {
        if (!JsonBodies.IsJson(request.ContentType, out _))
        {
            return TypedResults.Problem(title: "Unsupported media type", detail: "Send the ProductFootprint as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        var limit = options.Value.MaxUploadBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return TooLarge(limit);
            }
            buffer.Write(chunk, 0, read);
        }
        string json;
        try
        {
            json = new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return ApiResults.Validation([new("body", "body must be UTF-8.")]);
        }
        var caller = user.ToCaller();
        return (await service.UploadAsync(id, json, SupplierFootprintRecord.FromUpload, $"uploaded through the API by {caller.UserId}", ct))
            .ToHttp(r => SupplierFootprintResponse.From(r.Record, r.Materials));
    }

    private static IResult TooLarge(int limit) =>
        TypedResults.Problem(title: "Request body too large", detail: $"A footprint upload may be at most {limit} bytes (Microfactory:Suppliers:MaxUploadBytes).",
            statusCode: StatusCodes.Status413PayloadTooLarge);
}
