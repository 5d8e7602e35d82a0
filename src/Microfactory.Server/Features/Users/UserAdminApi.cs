using System.Globalization;
using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Users;

/// <summary>
/// Account administration: admins read, rename, disable and enable users and see their keys and sessions
/// (<c>/api/v1/users/{id}…</c>); every user changes their own password (<c>/api/v1/me/password</c>).
/// Revoking any key is <c>DELETE /api/v1/api-keys/{id}</c> (see <see cref="UserApi"/>).
/// </summary>
internal static class UserAdminApi
{
    public static RouteGroupBuilder MapUserAdminApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");
        users.MapGet("/{id}", async (string id, UserService service, CancellationToken ct) =>
                (await service.GetAsync(id, ct)).ToHttp(UserResponse.From))
            .WithSummary("Get a user")
            .ProducesOne<UserResponse>()
            .RequireAuthorization(Policies.Admin).WithName("GetUser");
        users.MapPatch("/{id}", async (string id, UserPatchInput input, HttpContext context, UserService service, CancellationToken ct) =>
                (await service.UpdateAsync(context.User.ToCaller(), id, input, ct)).ToHttp(UserResponse.From))
            .WithSummary("Change a user")
            .WithDescription("Renames (displayName), disables or enables (disabled) a user; fields left out stay as they are, so {} changes nothing. Disabling ends the user's sessions at once and stops their API keys while disabled; admins cannot disable themselves.")
            .ProducesReplaced<UserResponse>()
            .RequireAuthorization(Policies.Admin).WithName("UpdateUser");
        users.MapGet("/{id}/api-keys", async (string id, UserService service, CancellationToken ct) =>
                (await service.ListApiKeysOfAsync(id, ct)).ToHttp(keys => keys.Select(ApiKeyResponse.From).ToList()))
            .WithSummary("List a user's API keys")
            .WithDescription("Active and revoked keys of any user; revoke one with DELETE /api/v1/api-keys/{id}.")
            .ProducesOne<List<ApiKeyResponse>>()
            .RequireAuthorization(Policies.Admin).WithName("ListApiKeysOfUser");
        users.MapGet("/{id}/sessions", async (string id, UserService service, CancellationToken ct) =>
                (await service.ListSessionsAsync(id, ct)).ToHttp(sessions => sessions.Select(SessionResponse.From).ToList()))
            .WithSummary("List a user's browser sessions")
            .ProducesOne<List<SessionResponse>>()
            .RequireAuthorization(Policies.Admin).WithName("ListSessionsOfUser");
        users.MapDelete("/{id}/sessions", async (string id, UserService service, CancellationToken ct) =>
                (await service.EndSessionsAsync(id, null, ct)).ToHttp(n => new SessionsEndedResponse(n)))
            .WithSummary("Sign a user out everywhere")
            .ProducesOne<SessionsEndedResponse>()
            .RequireAuthorization(Policies.Admin).WithName("EndSessionsOfUser");

        api.MapPost("/me/password", async Task<IResult> (PasswordChangeInput input, HttpContext context, UserService service, WallClock time, CancellationToken ct) =>
            {
                var result = await service.ChangePasswordAsync(
                    context.User.ToCaller(), input, context.User.SessionId(), SignInThrottle.ClientKey(context.Connection.RemoteIpAddress), ct);
                if (result.Lock is { } locked)
                {
                    var now = time.GetUtcNow();
                    context.Response.Headers.RetryAfter = locked.RetryAfterSeconds(now).ToString(CultureInfo.InvariantCulture);
                    return TypedResults.Problem(title: "Too many attempts", detail: locked.Message(now), statusCode: StatusCodes.Status429TooManyRequests);
                }
                return result.Succeeded ? TypedResults.Ok(new PasswordChangedResponse(result.SessionsEnded)) : ApiResults.Validation(result.Errors);
            })
            .WithSummary("Change your password")
            .WithDescription("currentPassword is required and checked like a sign-in (wrong ones count towards the lockout: 429 with Retry-After while locked); newPassword must be 12–200 characters and differ from it. Ends your other sessions.")
            .Produces<PasswordChangedResponse>().ProducesInvalid().ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithTags("Users").RequireAuthorization(Policies.AnyUser).WithName("ChangePassword");
        return api;
    }
}
