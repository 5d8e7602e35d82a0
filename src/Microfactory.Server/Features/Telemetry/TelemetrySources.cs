namespace Microfactory.Server.Features.Telemetry;

/// <summary>Where a telemetry message came from, as stored in the <c>source</c> column.</summary>
internal static class TelemetrySources
{
    public const string Mqtt = "mqtt";
    public const string Http = "http";
    public const string Operator = "operator";
    public const string Simulation = "simulation";

    public static IReadOnlyList<string> All { get; } = [Mqtt, Http, Operator, Simulation];
}
