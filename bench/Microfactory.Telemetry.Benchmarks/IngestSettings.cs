namespace Microfactory.Telemetry.Benchmarks;

internal sealed record IngestSettings(double Rate, TimeSpan Duration, int Publishers, int Window, double DuplicateShare, double StateShare, int Runs, string Mosquitto, IReadOnlyDictionary<string, string> ServerSettings);
