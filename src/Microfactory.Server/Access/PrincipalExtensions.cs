using System.Security.Claims;
using Microfactory.Core.Access;
using Microfactory.Server.Application;

namespace Microfactory.Server.Access;

/// <summary>Reads the platform's claims back into a <see cref="Caller"/> for the application services.</summary>
internal static class PrincipalExtensions
{
    public static Caller ToCaller(this ClaimsPrincipal principal)
    {
        var userId = principal.FindFirstValue(ClaimNames.UserId)
            ?? throw new InvalidOperationException("An authorised principal has no user id; the endpoint must require authorization.");
        var roleName = principal.FindFirstValue(ClaimTypes.Role);
        if (!Roles.TryParse(roleName, out var role))
        {
            throw new InvalidOperationException($"Principal {userId} carries unknown role '{roleName}'.");
        }
        return new Caller(userId, role, principal.FindFirstValue(ClaimNames.CustomerId));
    }

    /// <summary>The server-side session of a cookie sign-in; null for API keys.</summary>
    public static string? SessionId(this ClaimsPrincipal principal) => principal.FindFirstValue(ClaimNames.SessionId);

    public static ClaimsPrincipal ToPrincipal(this UserAccount user, string authenticationType, string? sessionId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimNames.UserId, user.Id),
            new(ClaimTypes.Role, user.Role.ToName()),
            new(ClaimNames.DisplayName, user.DisplayName),
            new(ClaimTypes.Email, user.Email),
        };
        if (user.CustomerId is not null)
        {
            claims.Add(new Claim(ClaimNames.CustomerId, user.CustomerId));
        }
        if (sessionId is not null)
        {
            claims.Add(new Claim(ClaimNames.SessionId, sessionId));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimNames.DisplayName, ClaimTypes.Role));
    }
}
