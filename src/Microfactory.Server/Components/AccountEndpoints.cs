using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Microfactory.Server.Components;

/// <summary>
/// Sign-out for the web UI: a POST with the antiforgery token, so a link on another site cannot sign a user out.
/// Signing out ends the server-side session too (<see cref="Access.SessionCookieEvents"/>), so a copy of the cookie is worthless afterwards.
/// </summary>
internal static class AccountEndpoints
{
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/logout", async (HttpContext context, IFormCollection form) =>
            {
                _ = form; // binding the form is what makes the antiforgery middleware check the token
                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return Results.LocalRedirect("/login");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
