using Microfactory.Server.Startup;
using Microfactory.Server.Storage;

namespace Microfactory.Server;

/// <summary>Builds, prepares and runs the host. The CLI's <c>mf serve</c> and the tests use the same three steps.</summary>
internal static class ServerApp
{
    /// <summary>Builds the host; <paramref name="configure"/> may replace services afterwards (tests swap the clock).</summary>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configure = null)
    {
        // Content comes from the build output (appsettings.json) and the static-web-assets manifest (wwwroot), so the
        // process may run from any working directory; relative data paths such as ./data stay relative to that directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(ServerApp).Assembly.GetName().Name, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseStaticWebAssets();
        HostingDefaults.Apply(builder);
        builder.Services.AddMicrofactory(builder.Configuration);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapMicrofactory();
        return app;
    }

    /// <summary>Migrates the database, makes sure an admin exists and seeds the demo factory when asked to; all before the first request.</summary>
    public static async Task InitialiseAsync(this WebApplication app, TextWriter console, CancellationToken cancellationToken = default)
    {
        var services = app.Services;
        var database = services.GetRequiredService<Database>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Microfactory.Startup");
        // The maturity model is read now, so a revised document that does not validate stops the start with its line.
        _ = services.GetRequiredService<Features.Maturity.MaturityModelSource>();
        var applied = await services.GetRequiredService<Migrator>().MigrateAsync(cancellationToken);
        logger.LogInformation("Database {Database}: {Applied} migration(s) applied", database.Description, applied.Count);
        if (await Features.Simulation.SimulationClockResume.ContinueAsync(services, cancellationToken) is { } stopped)
        {
            // The simulated factory's time goes on from where the last run left it, never back to the real clock.
            logger.LogInformation("Simulated clock continues from {Stopped:u}", stopped);
        }
        await services.GetRequiredService<AccessBootstrap>().RunAsync(console, cancellationToken);
        await services.GetRequiredService<Features.Pact.PactClientService>().ApplyConfigurationAsync(cancellationToken);
        if (services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MicrofactoryOptions>>().Value.Seed.Demo)
        {
            await services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancellationToken);
            // The shipped templates are made from the demo factory's materials, so they come with the demo.
            await services.GetRequiredService<Features.Templates.TemplateSeeder>().SeedAsync(cancellationToken);
            if (services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MicrofactoryOptions>>().Value.Seed.DemoSupplierFootprints)
            {
                await services.GetRequiredService<DemoSupplierFootprintSeeder>().SeedAsync(cancellationToken);
            }
        }
        // After the demo seed: a configured connection may name one of its suppliers.
        await services.GetRequiredService<Features.SupplierFootprints.SupplierFootprintService>().ApplyConfigurationAsync(cancellationToken);
    }

    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = Build(args);
        await app.InitialiseAsync(Console.Out);
        await app.RunAsync();
        return 0;
    }
}
