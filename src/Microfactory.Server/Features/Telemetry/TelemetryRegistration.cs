namespace Microfactory.Server.Features.Telemetry;

/// <summary>The telemetry feature's services: store, machine directory, ingest, feed, metrics, HTTP service; and, for the web host, the MQTT worker and its health check.</summary>
internal static class TelemetryRegistration
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MqttOptions>().Bind(configuration.GetSection(MqttOptions.Section));
        services.AddMetrics();
        services.AddSingleton<TelemetryStore>().AddSingleton<MachineDirectory>().AddSingleton<TelemetryFeed>().AddSingleton<TelemetryMetrics>();
        services.AddSingleton<TelemetryIngest>().AddSingleton<MqttStatus>().AddSingleton<TelemetryService>();
        return services;
    }

    public static IServiceCollection AddTelemetryIngestHost(this IServiceCollection services)
    {
        services.AddHostedService<MqttIngestWorker>();
        services.AddHealthChecks().AddCheck<MqttHealthCheck>("mqtt");
        return services;
    }
}
