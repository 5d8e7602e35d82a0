using Microfactory.Server.Features.Plans;
using Microfactory.Server.Features.Quotes;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Startup;

/// <summary>Quotes: their settings (checked at start) and services; the live plan prices machine time with the same labour rate.</summary>
internal static class QuoteRegistration
{
    public static IServiceCollection AddMicrofactoryQuotes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QuoteOptions>().Bind(configuration.GetSection(QuoteOptions.Section))
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        // The cheapest option minimises machine time at hourly rate + labour rate: the plan must use the rate quotes are priced with.
        services.AddOptions<PlansOptions>().PostConfigure<IOptions<QuoteOptions>>((plans, quotes) => plans.LabourRatePerHour = quotes.Value.LabourRatePerHour);
        services.AddSingleton<QuoteStore>().AddSingleton<QuoteService>();
        return services;
    }
}
