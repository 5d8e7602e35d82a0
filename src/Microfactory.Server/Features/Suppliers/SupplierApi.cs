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
            .RequireAuthorization(Policies.Staff).WithName("ListSuppliers");
        group.MapGet("/{id}", async (string id, SupplierService service, CancellationToken ct) =>
                (await service.GetAsync(id, ct)).ToHttp(SupplierResponse.From))
            .RequireAuthorization(Policies.Staff).WithName("GetSupplier");
        group.MapPost("/", async (SupplierInput input, SupplierService service, CancellationToken ct) =>
                (await service.CreateAsync(input, ct)).ToHttp(SupplierResponse.From, s => $"/api/v1/suppliers/{s.Id}"))
            .RequireAuthorization(Policies.Planning).WithName("CreateSupplier");
        group.MapPut("/{id}", async (string id, SupplierInput input, SupplierService service, CancellationToken ct) =>
                (await service.UpdateAsync(id, input, ct)).ToHttp(SupplierResponse.From))
            .RequireAuthorization(Policies.Planning).WithName("UpdateSupplier");
        return api;
    }
}
