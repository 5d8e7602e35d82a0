using System.Text.Json;
using System.Text.Json.Serialization;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Alarms;
using Microfactory.Server.Features.Capabilities;
using Microfactory.Server.Features.Copilot;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Materials;
using Microfactory.Server.Features.Maturity;
using Microfactory.Server.Features.Oee;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Features.Simulation;
using Microfactory.Server.Features.Suppliers;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Server.Features.Templates;
using Microfactory.Server.Features.Users;
using Microfactory.Server.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Startup;

/// <summary>The one place where the host's services are composed: storage, application services, auth, API plumbing, UI.</summary>
internal static class ServiceRegistration
{
    public static IServiceCollection AddMicrofactory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMicrofactoryApplication(configuration);
        AddWeb(services, configuration);
        return services;
    }

    /// <summary>Storage and application services without the web host: what the CLI needs to work on a database.</summary>
    public static IServiceCollection AddMicrofactoryApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MicrofactoryOptions>().Bind(configuration.GetSection(MicrofactoryOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new WallClock(sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<SimulationOptions>().Bind(configuration.GetSection(SimulationOptions.Section));
        services.AddSingleton<SimulationClockStore>();
        services.AddSingleton(sp => new Database(sp.GetRequiredService<IOptions<MicrofactoryOptions>>().Value.ConnectionString));
        services.AddSingleton<Migrator>();
        services.AddSingleton<IdFactory>();

        services.AddSingleton<FactoryStore>().AddSingleton<FactoryService>();
        services.AddSingleton<CapabilityStore>();
        services.AddSingleton<MachineStore>().AddSingleton<MachineService>();
        services.AddSingleton<SupplierStore>().AddSingleton<SupplierService>();
        services.AddSingleton<MaterialStore>().AddSingleton<MaterialService>();
        services.AddSingleton<CustomerStore>().AddSingleton<CustomerService>();
        services.AddSingleton<OrderStore>().AddSingleton<OrderService>();
        services.AddSingleton<UserStore>().AddSingleton<UserService>();
        services.AddMicrofactoryAccess(configuration);
        services.AddSingleton<TemplateStore>().AddSingleton<MaterialCatalogSnapshot>().AddSingleton<TemplateService>().AddSingleton<TemplateSeeder>();
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<AccessBootstrap>();
        services.AddSingleton<DemoSeeder>();
        services.AddOptions<PlansOptions>().Bind(configuration.GetSection(PlansOptions.Section))
            .Configure(o => o.LabourRatePerHour = configuration.GetValue("Microfactory:Quotes:LabourRatePerHour", o.LabourRatePerHour));
        services.AddSingleton<PlanStore>().AddSingleton<LivePlans>().AddSingleton<PlanService>().AddSingleton<PlanExplanations>();
        services.AddSingleton<ExecutionStore>().AddSingleton<ExecutionTelemetryStore>().AddSingleton<ExecutionService>();
        services.AddOptions<Features.Carbon.CarbonOptions>().Bind(configuration.GetSection(Features.Carbon.CarbonOptions.Section));
        // Suppliers' stored footprints feed every footprint (also the CLI's quotes); the PACT client that fills them is the web host's.
        services.AddSingleton<Features.SupplierFootprints.SupplierFootprintStore>();
        services.AddSingleton<Features.Carbon.ProductFootprintStore>().AddSingleton<Features.Carbon.SupplierFootprintLookup>()
            .AddSingleton<Features.Carbon.FootprintService>().AddSingleton<Features.Carbon.SupplierCoverageService>().AddSingleton<Features.Carbon.FootprintSignal>();
        services.AddHostedService<Features.Carbon.FootprintRecorder>();
        services.AddSingleton<Features.Cbam.CbamService>();
        services.AddOptions<Features.Passports.PassportOptions>().Bind(configuration.GetSection(Features.Passports.PassportOptions.Section))
            .Validate(o => Microfactory.Passport.Content.PassportIssuer.IsValidDomain(o.IssuerDomain), "Microfactory:Passports:IssuerDomain must be a host name.");
        services.AddSingleton<Features.Passports.PassportStore>().AddSingleton<Features.Passports.PassportSources>()
            .AddSingleton<Features.Passports.PassportService>().AddSingleton<Features.Passports.AasService>();
        services.AddMicrofactoryQuotes(configuration);
        services.AddMaturity();
        services.AddTelemetry(configuration);
        services.AddSingleton<OeeStore>().AddSingleton<OeeService>();
        services.AddOptions<AlarmOptions>().Bind(configuration.GetSection(AlarmOptions.Section));
        services.AddSingleton<AlarmStore>().AddSingleton<AlarmPictureStore>().AddSingleton<AlarmFeed>().AddSingleton<AlarmChecker>().AddSingleton<AlarmService>();
        services.AddCopilot(configuration);
        return services;
    }

    private static void AddWeb(IServiceCollection services, IConfiguration configuration)
    {
        var keysPath = configuration.GetSection(MicrofactoryOptions.Section).Get<MicrofactoryOptions>()?.DataProtectionKeysPath ?? new MicrofactoryOptions().DataProtectionKeysPath;
        services.AddDataProtection().SetApplicationName("Microfactory").PersistKeysToFileSystem(new DirectoryInfo(keysPath));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/login";
                options.LogoutPath = "/logout";
                options.AccessDeniedPath = "/denied";
                options.Cookie.Name = "mf.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.SlidingExpiration = true;
                // ExpireTimeSpan follows Microfactory:SignIn:SessionIdleTimeout (AccessRegistration).
                options.EventsType = typeof(SessionCookieEvents);
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(Policies.Add);
        services.AddCascadingAuthenticationState();

        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => Configure(o.SerializerOptions));
        services.AddApiDocumentation();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddWebHardening();
        services.AddPact(configuration);
        services.AddSupplierFootprints(configuration);
        services.AddCopilotMcp();

        services.AddRazorComponents();
        services.AddSingleton<Components.Planning.PlanBoard>();
        services.AddSingleton<Components.Shopfloor.MachineQueue>();
        services.AddSingleton<Components.Shopfloor.FloorOee>().AddSingleton<Components.Shopfloor.FloorAlarms>().AddSingleton<Components.Shopfloor.FloorBoard>().AddSingleton<Components.Shopfloor.FloorFeed>();
        services.AddHostedService<LivePlanWorker>();
        services.AddTelemetryIngestHost();
        services.AddHostedService<TelemetryExecution>();
        services.AddHostedService<AlarmMonitor>();
        var simulation = configuration.GetSection(SimulationOptions.Section).Get<SimulationOptions>() ?? new SimulationOptions();
        simulation.Validate();
        if (simulation.Enabled)
        {
            // The server's factory clock runs faster than real time; people's clock (sessions, lockouts) does not. The CLI,
            // which works on the database directly, goes on from the time the twin saved, at real speed.
            services.AddSingleton<TimeProvider>(new SimulationClock(TimeProvider.System, simulation.SpeedUp));
            services.AddSingleton(new WallClock(TimeProvider.System));
            services.AddSingleton<SimulatedDemand>().AddSingleton<TwinMqttPublisher>().AddHostedService<SimulatedTwin>();
        }
    }

    /// <summary>
    /// JSON on the wire: camelCase, enums as camelCase strings, unknown fields refused so a typo is reported, not
    /// ignored, and every string checked for control characters (<see cref="SingleLineTextConverter"/>).
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new SingleLineTextConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
    }
}
