using Microfactory.Server.Features.SupplierFootprints;

namespace Microfactory.Server.Startup;

/// <summary>The PACT client for suppliers' footprints: its settings (checked at start), service, HTTP client and background sync.</summary>
internal static class SupplierFootprintRegistration
{
    public static IServiceCollection AddSupplierFootprints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SupplierFootprintOptions>().Bind(configuration.GetSection(SupplierFootprintOptions.Section))
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddSingleton<PactConnectionStore>().AddSingleton<PactSupplierClient>().AddSingleton<SupplierFootprintService>();
        // Each request has its own timeout (Microfactory:Suppliers:RequestTimeout), so the client has none of its own.
        services.AddHttpClient(PactSupplierClient.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<DemoSupplierFootprintSeeder>();
        services.AddHostedService<SupplierFootprintWorker>();
        return services;
    }
}
