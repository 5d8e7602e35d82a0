using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Templates;

/// <summary><c>PUT /api/v1/templates/{id}/owner</c>: an admin hands a template id to another designer.</summary>
internal static class TemplateOwnerApi
{
    public static RouteGroupBuilder MapTemplateOwnerApi(this RouteGroupBuilder api)
    {
        api.MapPut("/templates/{id}/owner", async (string id, TemplateOwnerInput input, TemplateOwnerService service, CancellationToken ct) =>
                (await service.TransferAsync(id, input, ct)).ToHttp(o => new PublisherResponse(o.Id, o.DisplayName)))
            .WithSummary("Hand a template to another owner")
            .WithDescription("ownerId names an active designer or admin, who (with admins) publishes the template's further versions from then on. The shipped templates belong to the platform and cannot be handed over.")
            .ProducesReplaced<PublisherResponse>()
            .WithTags("Templates").RequireAuthorization(Policies.Admin).WithName("SetTemplateOwner");
        return api;
    }
}
