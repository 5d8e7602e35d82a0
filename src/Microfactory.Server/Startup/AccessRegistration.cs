using Microfactory.Server.Access;
using Microfactory.Server.Features.Templates;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Startup;

/// <summary>Sign-in throttling, server-side sessions and template ownership: the services behind them and their settings.</summary>
internal static class AccessRegistration
{
    public static IServiceCollection AddMicrofactoryAccess(this IServiceCollection services)
    {
        services.AddOptions<MicrofactoryOptions>().PostConfigure(o => o.SignIn.Validate());
        services.AddSingleton<SignInThrottleStore>().AddSingleton<SignInThrottle>();
        services.AddSingleton<SessionStore>().AddSingleton<SessionCookieEvents>();
        services.AddSingleton<PasswordVerifier>().AddSingleton<SignInService>();
        services.AddSingleton<TemplateOwnerStore>();
        // The cookie slides over the same idle span as the server-side session, so neither outlives the other.
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .PostConfigure<IOptions<MicrofactoryOptions>>((cookie, microfactory) => cookie.ExpireTimeSpan = microfactory.Value.SignIn.SessionIdleTimeout);
        return services;
    }
}
