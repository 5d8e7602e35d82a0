using Microfactory.Server.Features.Pact;

namespace Microfactory.Server.Startup;

/// <summary>
/// The PACT v3 host: its settings (checked at start), services and the background worker that answers footprint
/// requests; its endpoints (<c>/auth/token</c>, <c>/.well-known/openid-configuration</c>, <c>/3/*</c>) outside
/// <c>/api/v1</c>, with their own authentication (client-credentials tokens) and error shape.
/// </summary>
internal static class PactRegistration
{
    public static IServiceCollection AddPact(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PactOptions>().Bind(configuration.GetSection(PactOptions.Section))
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddSingleton<PactClientStore>().AddSingleton<PactClientService>().AddSingleton<PactTokens>().AddSingleton<PactBearer>();
        services.AddSingleton<PactFootprintService>();
        services.AddSingleton<PactEventStore>().AddSingleton<PactEventService>().AddSingleton<PactAnswerSignal>();
        services.AddHttpClient(HttpPactEventSender.ClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<IPactEventSender, HttpPactEventSender>();
        services.AddSingleton<PactAnswerWorker>().AddHostedService(sp => sp.GetRequiredService<PactAnswerWorker>());
        return services;
    }

    public static WebApplication MapPact(this WebApplication app)
    {
        app.MapPactAuthApi();
        var pact = app.MapGroup(PactPaths.Api).AllowAnonymous().ExcludeFromDescription();
        pact.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Microfactory.Pact").LogError(exception, "PACT request failed");
                return PactErrors.InternalError("The request could not be completed; it has been logged.");
            }
        });
        pact.AddEndpointFilter<PactBearer>();
        pact.MapPactFootprintApi().MapPactEventsApi();
        app.Map(PactPaths.Api + "/{**rest}", (HttpContext context) => PactErrors.NotFound($"There is no PACT action at {context.Request.Method} {context.Request.Path}."))
            .AllowAnonymous().ExcludeFromDescription().DisableAntiforgery().WithDisplayName("PACT unknown action");
        return app;
    }
}
