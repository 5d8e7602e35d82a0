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
            .RequireAuthorization(Policies.AnyUser).WithName("ListFactories");
        group.MapGet("/{id}", async (string id, FactoryService service, CancellationToken ct) =>
                (await service.GetAsync(id, ct)).ToHttp(FactoryResponse.From))
            .RequireAuthorization(Policies.AnyUser).WithName("GetFactory");
        group.MapPost("/", async (FactoryInput input, FactoryService service, CancellationToken ct) =>
                (await service.CreateAsync(input, ct)).ToHttp(FactoryResponse.From, f => $"/api/v1/factories/{f.Id}"))
            .RequireAuthorization(Policies.Admin).WithName("CreateFactory");
        group.MapPut("/{id}", async (string id, FactoryInput input, FactoryService service, CancellationToken ct) =>
                (await service.UpdateAsync(id, input, ct)).ToHttp(FactoryResponse.From))
            .RequireAuthorization(Policies.Admin).WithName("UpdateFactory");
        return api;
    }
}
