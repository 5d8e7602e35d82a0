using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Access;

/// <summary>
/// Ties the sign-in cookie to its server-side session: a cookie is honoured only while its session is live
/// and its user enabled, so a cookie replayed after sign-out, a password change or disabling the user is
/// refused. Claims follow the user record (a renamed user or a changed role shows at the next request).
/// </summary>
internal sealed class SessionCookieEvents(SessionStore sessions, IOptions<SignInSettings> options, WallClock time) : CookieAuthenticationEvents
{
    // Recording every request would be a write per page view; a minute is fine-grained enough for the idle timeout.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var cancellationToken = context.HttpContext.RequestAborted;
        var sessionId = context.Principal?.SessionId();
        var now = time.GetUtcNow();
        var live = sessionId is null ? null : await sessions.FindLiveAsync(sessionId, now, now - options.Value.SessionIdleTimeout, cancellationToken);
        if (live is not { } found)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        if (now - found.Session.LastSeenAt >= TouchInterval)
        {
            await sessions.TouchAsync(found.Session.Id, now, cancellationToken);
        }
        var current = found.User.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme, found.Session.Id);
        if (!SameClaims(context.Principal!, current))
        {
            context.ReplacePrincipal(current);
            context.ShouldRenew = true;
        }
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        if (context.HttpContext.User.SessionId() is { } sessionId)
        {
            await sessions.RevokeAsync(sessionId, time.GetUtcNow(), context.HttpContext.RequestAborted);
        }
        await base.SigningOut(context);
    }

    private static bool SameClaims(ClaimsPrincipal a, ClaimsPrincipal b) =>
        a.Claims.Select(c => (c.Type, c.Value)).Order().SequenceEqual(b.Claims.Select(c => (c.Type, c.Value)).Order());
}
