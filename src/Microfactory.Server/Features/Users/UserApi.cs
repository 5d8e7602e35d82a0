using System.Globalization;
using System.Security.Claims;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Users;

/// <summary>
/// /api/v1/users (admins: users, their keys and sessions), /api/v1/me and /api/v1/api-keys (every signed-in
/// user, for themselves; admins revoke any key).
/// </summary>
internal static class UserApi
{
    public static RouteGroupBuilder MapUserApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");
        users.MapGet("/", (int? page, int? pageSize, UserService service, CancellationToken ct) =>
                Paging.ListAsync(page, pageSize, p => service.ListAsync(p, ct), UserResponse.From))
            .RequireAuthorization(Policies.Admin).WithName("ListUsers");
        users.MapPost("/", async (UserInput input, UserService service, CancellationToken ct) =>
                (await service.CreateAsync(input, ct)).ToHttp(UserResponse.From, u => $"/api/v1/users/{u.Id}"))
            .RequireAuthorization(Policies.Admin).WithName("CreateUser");
        users.MapGet("/{id}", async (string id, UserService service, CancellationToken ct) =>
                (await service.GetAsync(id, ct)).ToHttp(UserResponse.From))
            .RequireAuthorization(Policies.Admin).WithName("GetUser");
        users.MapPatch("/{id}", async (string id, UserPatchInput input, ClaimsPrincipal user, UserService service, CancellationToken ct) =>
                (await service.UpdateAsync(user.ToCaller(), id, input, ct)).ToHttp(UserResponse.From))
            .WithDescription("Renames, disables or enables a user. Disabling ends the user's sessions at once and stops their API keys while disabled.")
            .RequireAuthorization(Policies.Admin).WithName("UpdateUser");
        users.MapGet("/{id}/api-keys", async (string id, UserService service, CancellationToken ct) =>
                (await service.ListApiKeysOfAsync(id, ct)).ToHttp(keys => keys.Select(ApiKeyResponse.From).ToList()))
            .RequireAuthorization(Policies.Admin).WithName("ListApiKeysOfUser");
        users.MapGet("/{id}/sessions", async (string id, UserService service, CancellationToken ct) =>
                (await service.ListSessionsAsync(id, ct)).ToHttp(sessions => sessions.Select(SessionResponse.From).ToList()))
            .RequireAuthorization(Policies.Admin).WithName("ListSessionsOfUser");
        users.MapDelete("/{id}/sessions", async (string id, UserService service, CancellationToken ct) =>
                (await service.EndSessionsAsync(id, null, ct)).ToHttp(n => new SessionsEndedResponse(n)))
            .WithDescription("Signs the user out of every browser.")
            .RequireAuthorization(Policies.Admin).WithName("EndSessionsOfUser");
        users.MapPost("/{id}/api-keys", async (string id, ApiKeyInput input, UserService service, CancellationToken ct) =>
                (await service.CreateApiKeyForAsync(id, input, ct)).ToHttp(k => k, k => $"/api/v1/api-keys/{k.Id}"))
            .RequireAuthorization(Policies.Admin).WithName("CreateApiKeyForUser");

        api.MapGet("/me", async (ClaimsPrincipal user, UserService service, CancellationToken ct) =>
                await service.FindAsync(user.ToCaller().UserId, ct) is { } account
                    ? Results.Ok(UserResponse.From(account))
                    : Results.Problem(title: "Not found", detail: "Your account no longer exists.", statusCode: StatusCodes.Status404NotFound))
            .WithTags("Users").RequireAuthorization(Policies.AnyUser).WithName("GetMe");

        api.MapPost("/me/password", async Task<IResult> (PasswordChangeInput input, HttpContext context, UserService service, TimeProvider time, CancellationToken ct) =>
            {
                var caller = context.User.ToCaller();
                var result = await service.ChangePasswordAsync(caller, input, context.User.SessionId(), SignInThrottle.ClientKey(context.Connection.RemoteIpAddress), ct);
                if (result.Lock is { } locked)
                {
                    var now = time.GetUtcNow();
                    context.Response.Headers.RetryAfter = locked.RetryAfterSeconds(now).ToString(CultureInfo.InvariantCulture);
                    return TypedResults.Problem(title: "Too many attempts", detail: locked.Message(now), statusCode: StatusCodes.Status429TooManyRequests);
                }
                return result.Succeeded ? TypedResults.Ok(new PasswordChangedResponse(result.SessionsEnded)) : ApiResults.Validation(result.Errors);
            })
            .WithDescription("Changes the caller's password: currentPassword is required, newPassword must be 12–200 characters. Ends the caller's other sessions.")
            .WithTags("Users").RequireAuthorization(Policies.AnyUser).WithName("ChangePassword");

        var keys = api.MapGroup("/api-keys").WithTags("Users");
        keys.MapGet("/", async (ClaimsPrincipal user, UserService service, CancellationToken ct) =>
                TypedResults.Ok((await service.ListApiKeysAsync(user.ToCaller(), ct)).Select(ApiKeyResponse.From).ToList()))
            .RequireAuthorization(Policies.AnyUser).WithName("ListApiKeys");
        keys.MapPost("/", async (ApiKeyInput input, ClaimsPrincipal user, UserService service, CancellationToken ct) =>
                (await service.CreateApiKeyAsync(user.ToCaller(), input, ct)).ToHttp(k => k, k => $"/api/v1/api-keys/{k.Id}"))
            .RequireAuthorization(Policies.AnyUser).WithName("CreateApiKey");
        keys.MapDelete("/{id}", async (string id, ClaimsPrincipal user, UserService service, CancellationToken ct) =>
            {
                var result = await service.RevokeApiKeyAsync(user.ToCaller(), id, ct);
                return result.Outcome == ServiceOutcome.Ok ? Results.NoContent() : ApiResults.Problem(result);
            })
            .WithDescription("Revokes a key: your own, or any user's for an admin.")
            .RequireAuthorization(Policies.AnyUser).WithName("RevokeApiKey");
        return api;
    }
}
