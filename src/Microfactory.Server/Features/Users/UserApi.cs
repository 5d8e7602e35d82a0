using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Users;

/// <summary>/api/v1/users (admins), /api/v1/me and /api/v1/api-keys (every signed-in user, for themselves).</summary>
internal static class UserApi
{
    public static RouteGroupBuilder MapUserApi(this RouteGroupBuilder api)
    {
        api.MapUserAdminApi();
        var users = api.MapGroup("/users").WithTags("Users");
        users.MapGet("/", (int? page, int? pageSize, UserService service, CancellationToken ct) =>
                Paging.ListAsync(page, pageSize, p => service.ListAsync(p, ct), UserResponse.From))
            .WithSummary("List users")
            .ProducesPage<UserResponse>()
            .RequireAuthorization(Policies.Admin).WithName("ListUsers");
        users.MapPost("/", async (UserInput input, UserService service, CancellationToken ct) =>
                (await service.CreateAsync(input, ct)).ToHttp(UserResponse.From, u => $"/api/v1/users/{u.Id}"))
            .WithSummary("Create a user")
            .WithDescription("role is one of admin, planner, operator, designer, customer; a customer user must name the customer it acts for, other roles must not. The password is at least 12 characters long.")
            .ProducesCreated<UserResponse>().ProducesConflict()
            .RequireAuthorization(Policies.Admin).WithName("CreateUser");
        users.MapPost("/{id}/api-keys", async (string id, ApiKeyInput input, UserService service, CancellationToken ct) =>
                (await service.CreateApiKeyForAsync(id, input, ct)).ToHttp(k => k, k => $"/api/v1/api-keys/{k.Id}"))
            .WithSummary("Issue an API key for a user")
            .WithDescription("For example for a customer's integration. The token is in this response only; it is never shown again.")
            .ProducesCreated<CreatedApiKeyResponse>().ProducesNotFound()
            .RequireAuthorization(Policies.Admin).WithName("CreateApiKeyForUser");

        api.MapGet("/me", async (ClaimsPrincipal user, UserService service, CancellationToken ct) =>
                await service.FindAsync(user.ToCaller().UserId, ct) is { } account
                    ? Results.Ok(UserResponse.From(account))
                    : Results.Problem(title: "Not found", detail: "Your account no longer exists.", statusCode: StatusCodes.Status404NotFound))
            .WithSummary("Get the signed-in user")
            .ProducesOne<UserResponse>()
            .WithTags("Users").RequireAuthorization(Policies.AnyUser).WithName("GetMe");

        var keys = api.MapGroup("/api-keys").WithTags("Users");
        keys.MapGet("/", async (ClaimsPrincipal user, UserService service, CancellationToken ct) =>
                TypedResults.Ok((await service.ListApiKeysAsync(user.ToCaller(), ct)).Select(ApiKeyResponse.From).ToList()))
            .WithSummary("List your API keys")
            .WithDescription("Your keys, active and revoked; tokens are never shown again.")
            .Produces<List<ApiKeyResponse>>()
            .RequireAuthorization(Policies.AnyUser).WithName("ListApiKeys");
        keys.MapPost("/", async (ApiKeyInput input, ClaimsPrincipal user, UserService service, CancellationToken ct) =>
                (await service.CreateApiKeyAsync(user.ToCaller(), input, ct)).ToHttp(k => k, k => $"/api/v1/api-keys/{k.Id}"))
            .WithSummary("Create an API key for yourself")
            .WithDescription("The token is in this response only; it is never shown again.")
            .ProducesCreated<CreatedApiKeyResponse>()
            .RequireAuthorization(Policies.AnyUser).WithName("CreateApiKey");
        keys.MapDelete("/{id}", async (string id, ClaimsPrincipal user, UserService service, CancellationToken ct) =>
            {
                var result = await service.RevokeApiKeyAsync(user.ToCaller(), id, ct);
                return result.Outcome == ServiceOutcome.Ok ? Results.NoContent() : ApiResults.Problem(result);
            })
            .WithSummary("Revoke one of your API keys")
            .WithDescription("A revoked key is refused from then on (401).")
            .Produces(StatusCodes.Status204NoContent).ProducesNotFound()
            .RequireAuthorization(Policies.AnyUser).WithName("RevokeApiKey");
        return api;
    }
}
