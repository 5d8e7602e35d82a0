using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Components;
using Microfactory.Server.Features.Alarms;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Features.Cbam;
using Microfactory.Server.Features.Capabilities;
using Microfactory.Server.Features.Copilot;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Materials;
using Microfactory.Server.Features.Maturity;
using Microfactory.Server.Features.Oee;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Pact;
using Microfactory.Server.Features.Passports;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Features.Quotes;
using Microfactory.Server.Features.Suppliers;
using Microfactory.Server.Features.SupplierFootprints;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Server.Features.Templates;
using Microfactory.Server.Features.Users;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Microfactory.Server.Startup;

/// <summary>Middleware order and every route of the host: /api/v1 (API keys), /health, /openapi and /api/reference, and the Blazor UI (cookies).</summary>
internal static class EndpointRegistration
{
    public static WebApplication MapMicrofactory(this WebApplication app)
    {
        app.UseWebHardening();
        app.UseExceptionHandler();
        app.UseStatusAnswers();
        app.UseMiddleware<Features.Pact.PactHttpsOnly>();
        app.UseMiddleware<RequestChecks>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        var api = app.MapGroup("/api/v1");
        // API endpoints authenticate by API key only: a browser's cookie must not be able to drive the API (CSRF).
        api.WithMetadata(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { AuthenticationSchemes = ApiKeyAuthenticationHandler.SchemeName });
        api.WithStandardResponses();
        api.MapFactoryApi().MapCapabilityApi().MapMachineApi().MapSupplierApi().MapMaterialApi().MapCustomerApi().MapOrderApi().MapUserApi().MapTemplateApi();
        api.MapPlanApi();
        api.MapExecutionApi();
        api.MapFootprintApi();
        api.MapPassportApi();
        api.MapAasApi();
        api.MapSupplierCoverageApi();
        api.MapCbamApi();
        api.MapQuoteApi();
        api.MapMaturityApi();
        api.MapTelemetryApi();
        api.MapOeeApi();
        api.MapAlarmApi();
        api.MapPactClientApi();
        api.MapSupplierFootprintApi();
        api.MapCopilotApi();
        api.MapCopilotUsageApi();
        app.MapPact();
        app.MapCopilotMcp();

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        app.MapApiDocumentation();

        app.MapStaticAssets().AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapCatalogueEndpoints();
        app.MapPlanEndpoints();
        app.MapOrderPageEndpoints();
        app.MapShopfloorEndpoints();
        app.MapCopilotEndpoints();
        app.MapRazorComponents<App>();
        app.MapUnknownRoutes();
        return app;
    }
}
