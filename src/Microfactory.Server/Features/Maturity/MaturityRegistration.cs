using Microfactory.Server.Features.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity;

/// <summary>The maturity feature's services: the model, one evidence figure per class, the store and the service.</summary>
internal static class MaturityRegistration
{
    public static IServiceCollection AddMaturity(this IServiceCollection services)
    {
        services.AddSingleton<IEvidenceFigure, TemplateShareFigure>();
        services.AddSingleton<IEvidenceFigure, TemplatesPublishedFigure>();
        services.AddSingleton<IEvidenceFigure, SelfServiceShareFigure>();
        services.AddSingleton<IEvidenceFigure, CalendarShareFigure>();
        services.AddSingleton<IEvidenceFigure, DowntimeShareFigure>();
        services.AddSingleton<IEvidenceFigure, PactCoverageFigure>();
        services.AddSingleton<IEvidenceFigure, EmissionFactorShareFigure>();
        services.AddSingleton<IEvidenceFigure, RecyclableShareFigure>();
        services.AddSingleton<IEvidenceFigure, ActiveApiKeysFigure>();
        services.AddSingleton<IEvidenceFigure, NetworkSizeFigure>();
        services.AddSingleton<IEvidenceFigure, LeastPrivilegeFigure>();
        services.AddSingleton<IEvidenceFigure, StaffRolesFigure>();
        services.AddSingleton<IEvidenceFigure, AssessmentsPerYearFigure>();
        services.AddSingleton<IEvidenceFigure, TelemetryMachineShareFigure>();
        services.AddSingleton<IEvidenceFigure, OeeHistoryDaysFigure>();
        services.AddSingleton<IEvidenceFigure, QuoteAcceptedShareFigure>();
        services.AddSingleton<IEvidenceFigure, SchedulerShareFigure>();
        services.AddSingleton<IEvidenceFigure, PactClientShareFigure>();
        services.AddSingleton<IEvidenceFigure, PassportShareFigure>();
        services.AddSingleton<IEvidenceFigure, CopilotQuestionsFigure>();
        services.AddSingleton<MaturityModelSource>();
        services.AddSingleton<MaturityEvidence>();
        services.AddSingleton<MaturityStore>().AddSingleton<MaturityService>();
        return services;
    }
}
