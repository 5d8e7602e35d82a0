using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Materials;

/// <summary>/api/v1/materials: staff read (designers need prices and factors); admins and planners write.</summary>
internal static class MaterialApi
{
    public static RouteGroupBuilder MapMaterialApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/materials").WithTags("Materials");
        group.MapGet("/", (int? page, int? pageSize, MaterialService service, CancellationToken ct) =>
                Paging.ListAsync(page, pageSize, p => service.ListAsync(p, ct), MaterialResponse.From))
            .WithSummary("List materials")
            .WithDescription("Materials ordered by id, a page at a time.")
            .ProducesPage<MaterialResponse>()
            .RequireAuthorization(Policies.Staff).WithName("ListMaterials");
        group.MapGet("/{id}", async (string id, MaterialService service, CancellationToken ct) =>
                (await service.GetAsync(id, ct)).ToHttp(MaterialResponse.From))
            .WithSummary("Get a material")
            .ProducesOne<MaterialResponse>()
            .RequireAuthorization(Policies.Staff).WithName("GetMaterial");
        group.MapPost("/", async (MaterialInput input, MaterialService service, CancellationToken ct) =>
                (await service.CreateAsync(input, ct)).ToHttp(MaterialResponse.From, m => $"/api/v1/materials/{m.Id}"))
            .WithSummary("Create a material")
            .WithDescription("unit is one of kg, m2, m, piece; kgCo2ePerUnit needs the emissionFactorSource it comes from; supplierId must name a supplier. densityKgPerM3 and thicknessMm let a design compute the mass of sheet material.")
            .ProducesCreated<MaterialResponse>().ProducesConflict()
            .RequireAuthorization(Policies.Planning).WithName("CreateMaterial");
        group.MapPut("/{id}", async (string id, MaterialInput input, MaterialService service, CancellationToken ct) =>
                (await service.UpdateAsync(id, input, ct)).ToHttp(MaterialResponse.From))
            .WithSummary("Replace a material")
            .WithDescription("Replaces every field; an id in the body must match the URL. Published templates that name the material are checked against it when next used.")
            .ProducesReplaced<MaterialResponse>()
            .RequireAuthorization(Policies.Planning).WithName("UpdateMaterial");
        return api;
    }
}
