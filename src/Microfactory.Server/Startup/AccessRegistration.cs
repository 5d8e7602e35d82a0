using Microfactory.Server.Access;
using Microfactory.Server.Features.Templates;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Startup;

/// <summary>Sign-in throttling, server-side sessions and template ownership: the services behind them and their settings.</summary>
internal static class AccessRegistration
{
    public const string SignInSection = MicrofactoryOptions.Section + ":SignIn";

    public static IServiceCollection AddMicrofactoryAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInSettings>().Bind(configuration.GetSection(SignInSection)).PostConfigure(o => o.Validate());
        services.AddSingleton<SignInThrottleStore>().AddSingleton<SignInThrottle>();
        services.AddSingleton<SessionStore>().AddSingleton<SessionCookieEvents>();
        services.AddSingleton<PasswordVerifier>().AddSingleton<SignInService>();
        services.AddSingleton<TemplateOwnerStore>().AddSingleton<TemplateOwnerService>();
        // The cookie slides over the same idle span as the server-side session, so neither outlives the other.
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .PostConfigure<IOptions<SignInSettings>>((cookie, signIn) => cookie.ExpireTimeSpan = signIn.Value.SessionIdleTimeout);
        return services;
    }
}
