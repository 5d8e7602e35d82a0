using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Suppliers;

/// <summary>/api/v1/suppliers: staff read (designers need to know where materials come from); admins and planners write.</summary>
internal static class SupplierApi
{
    public static RouteGroupBuilder MapSupplierApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/suppliers").WithTags("Suppliers");
        group.MapGet("/", (int? page, int? pageSize, SupplierService service, CancellationToken ct) =>
                Paging.ListAsync(page, pageSize, p => service.ListAsync(p, ct), SupplierResponse.From))
            .WithSummary("List suppliers")
            .WithDescription("Suppliers ordered by id, a page at a time.")
            .ProducesPage<SupplierResponse>()
            .RequireAuthorization(Policies.Staff).WithName("ListSuppliers");
        group.MapGet("/{id}", async (string id, SupplierService service, CancellationToken ct) =>
                (await service.GetAsync(id, ct)).ToHttp(SupplierResponse.From))
            .WithSummary("Get a supplier")
            .ProducesOne<SupplierResponse>()
            .RequireAuthorization(Policies.Staff).WithName("GetSupplier");
        group.MapPost("/", async (SupplierInput input, SupplierService service, CancellationToken ct) =>
                (await service.CreateAsync(input, ct)).ToHttp(SupplierResponse.From, s => $"/api/v1/suppliers/{s.Id}"))
            .WithSummary("Create a supplier")
            .WithDescription("country is an ISO 3166 alpha-2 code in capitals; pactEndpoint, when given, an absolute http(s) URL of the supplier's PACT API.")
            .ProducesCreated<SupplierResponse>().ProducesConflict()
            .RequireAuthorization(Policies.Planning).WithName("CreateSupplier");
        group.MapPut("/{id}", async (string id, SupplierInput input, SupplierService service, CancellationToken ct) =>
                (await service.UpdateAsync(id, input, ct)).ToHttp(SupplierResponse.From))
            .WithSummary("Replace a supplier")
            .WithDescription("Replaces every field; an id in the body must match the URL.")
            .ProducesReplaced<SupplierResponse>()
            .RequireAuthorization(Policies.Planning).WithName("UpdateSupplier");
        return api;
    }
}
