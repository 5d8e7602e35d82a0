using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Pact;

/// <summary>/api/v1/pact/clients: admins manage who may call the PACT API (the data owner's "credentials management").</summary>
internal static class PactClientApi
{
    public static RouteGroupBuilder MapPactClientApi(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/pact/clients").WithTags("PACT");
        clients.MapPost("/", async (PactClientInput input, ClaimsPrincipal user, PactClientService service, CancellationToken ct) =>
                (await service.CreateAsync(user.ToCaller(), input, ct)).ToHttp(c => c, c => $"/api/v1/pact/clients/{c.ClientId}"))
            .WithSummary("Create a PACT API client")
            .WithDescription("A data recipient that may call /3/* with a token from POST /auth/token (HTTP Basic client_id:client_secret, grant_type=client_credentials). clientSecret is in this response only; it is never shown again. callback, when given, is the client's own PACT host (https baseUrl; authBaseUrl when its /auth/token is elsewhere) and the credentials it issued to us there: its footprint requests (RequestCreatedEvent) are answered by posting to {baseUrl}/3/events. Without a callback its requests are refused.")
            .ProducesCreated<CreatedPactClientResponse>()
            .RequireAuthorization(Policies.Admin).WithName("CreatePactClient");
        clients.MapGet("/", async (PactClientService service, CancellationToken ct) =>
                TypedResults.Ok((await service.ListAsync(ct)).Select(PactClientResponse.From).ToList()))
            .WithSummary("List PACT API clients")
            .WithDescription("Active and revoked clients, newest first; secrets are never shown again. origin is 'api' or 'configuration' (Microfactory:Pact:Clients).")
            .Produces<List<PactClientResponse>>()
            .RequireAuthorization(Policies.Admin).WithName("ListPactClients");
        clients.MapDelete("/{id}", async (string id, PactClientService service, CancellationToken ct) =>
            {
                var result = await service.RevokeAsync(id, ct);
                return result.Outcome == ServiceOutcome.Ok ? Results.NoContent() : ApiResults.Problem(result);
            })
            .WithSummary("Revoke a PACT API client")
            .WithDescription("Its tokens are refused from then on (401 TokenExpired), and it can get no new ones. A client from configuration comes back at the next start while it is still configured.")
            .Produces(StatusCodes.Status204NoContent).ProducesNotFound()
            .RequireAuthorization(Policies.Admin).WithName("RevokePactClient");
        return api;
    }
}
