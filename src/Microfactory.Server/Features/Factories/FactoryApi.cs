using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Factories;

/// <summary>/api/v1/factories: every signed-in user may read; only admins create and change.</summary>
internal static class FactoryApi
{
    public static RouteGroupBuilder MapFactoryApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/factories").WithTags("Factories");
        group.MapGet("/", (int? page, int? pageSize, FactoryService service, CancellationToken ct) =>
                Paging.ListAsync(page, pageSize, p => service.ListAsync(p, ct), FactoryResponse.From))
            .WithSummary("List factories")
            .WithDescription("Every factory, ordered by id, a page at a time.")
            .ProducesPage<FactoryResponse>()
            .RequireAuthorization(Policies.AnyUser).WithName("ListFactories");
        group.MapGet("/{id}", async (string id, FactoryService service, CancellationToken ct) =>
                (await service.GetAsync(id, ct)).ToHttp(FactoryResponse.From))
            .WithSummary("Get a factory")
            .ProducesOne<FactoryResponse>()
            .RequireAuthorization(Policies.AnyUser).WithName("GetFactory");
        group.MapPost("/", async (FactoryInput input, FactoryService service, CancellationToken ct) =>
                (await service.CreateAsync(input, ct)).ToHttp(FactoryResponse.From, f => $"/api/v1/factories/{f.Id}"))
            .WithSummary("Create a factory")
            .WithDescription("The id is generated unless the body chooses one (fac_...). energyProfile has exactly 24 entries, one per local hour 0–23: tariff per kWh in the factory currency and grid kg CO2e per kWh.")
            .ProducesCreated<FactoryResponse>().ProducesConflict()
            .RequireAuthorization(Policies.Admin).WithName("CreateFactory");
        group.MapPut("/{id}", async (string id, FactoryInput input, FactoryService service, CancellationToken ct) =>
                (await service.UpdateAsync(id, input, ct)).ToHttp(FactoryResponse.From))
            .WithSummary("Replace a factory")
            .WithDescription("Replaces every field; an id in the body must match the URL.")
            .ProducesReplaced<FactoryResponse>()
            .RequireAuthorization(Policies.Admin).WithName("UpdateFactory");
        return api;
    }
}
