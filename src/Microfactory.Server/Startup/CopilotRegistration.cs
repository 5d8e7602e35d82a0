using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Host;
using Microfactory.Server.Features.Copilot;

namespace Microfactory.Server.Startup;

/// <summary>The copilot: its settings (checked at start), the tools over the application services, the document index and the engine.</summary>
internal static class CopilotRegistration
{
    public static IServiceCollection AddCopilot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CopilotOptions>().Bind(configuration.GetSection(CopilotOptions.Section))
            .Validate(o => o.Problem() is null, "Microfactory:Copilot is invalid: check Endpoint, Model, ApiKey and the limits.").ValidateOnStart();
        services.AddSingleton<CopilotPlant>().AddSingleton<CopilotCatalogue>();
        services.AddSingleton<CopilotOrderTools>().AddSingleton<CopilotPlanTools>().AddSingleton<CopilotMachineTools>().AddSingleton<CopilotCarbonTools>()
            .AddSingleton<CopilotPassportTools>().AddSingleton<CopilotCatalogueTools>().AddSingleton<CopilotPlantActions>();
        services.AddSingleton<CopilotDocumentStore>().AddSingleton<CopilotLibrary>().AddSingleton<CopilotDocumentService>();
        services.AddSingleton(sp => new CopilotToolSet(new PlantTools(
            sp.GetRequiredService<CopilotOrderTools>(), sp.GetRequiredService<CopilotPlanTools>(), sp.GetRequiredService<CopilotMachineTools>(),
            sp.GetRequiredService<CopilotCarbonTools>(), sp.GetRequiredService<CopilotPassportTools>(), sp.GetRequiredService<CopilotCatalogueTools>(),
            sp.GetRequiredService<CopilotLibrary>(), sp.GetRequiredService<CopilotPlantActions>())));
        services.AddSingleton<CopilotConversations>().AddSingleton<CopilotModel>().AddSingleton<CopilotUsageStore>().AddSingleton<CopilotUsageService>()
            .AddSingleton<CopilotService>().AddSingleton<Features.Copilot.Evaluation.CopilotEvaluation>();
        return services;
    }
}
