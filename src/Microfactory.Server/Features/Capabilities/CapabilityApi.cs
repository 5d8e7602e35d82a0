using Microfactory.Server.Access;

namespace Microfactory.Server.Features.Capabilities;

/// <summary>/api/v1/capabilities: the capability vocabulary, readable by every signed-in user.</summary>
internal static class CapabilityApi
{
    public static RouteGroupBuilder MapCapabilityApi(this RouteGroupBuilder api)
    {
        api.MapGet("/capabilities", async (CapabilityStore store, CancellationToken ct) =>
                TypedResults.Ok((await store.ListAsync(ct)).Select(c => new CapabilityResponse(c.Id, c.Name, c.Description)).ToList()))
            .WithSummary("List capabilities")
            .WithDescription("The capability vocabulary: what machines offer and routing steps need. Not paged; the list is short.")
            .Produces<List<CapabilityResponse>>()
            .WithTags("Capabilities").RequireAuthorization(Policies.AnyUser).WithName("ListCapabilities");
        return api;
    }
}

/// <summary>A capability on the wire.</summary>
internal sealed record CapabilityResponse(string Id, string Name, string Description);
