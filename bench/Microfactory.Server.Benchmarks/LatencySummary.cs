using System.Globalization;

namespace Microfactory.Server.Benchmarks;

/// <summary>Latencies of one phase: count, failures, throughput and nearest-rank percentiles (milliseconds).</summary>
internal sealed record LatencySummary(string Phase, int Requests, int Failures, double Seconds, double P50, double P95, double P99, double Max, IReadOnlyDictionary<string, int> FailureKinds)
{
    /// <summary>Server CPU milliseconds (all cores) per request in this phase, when the server's process is known.</summary>
    public double? ServerCpuMsPerRequest { get; init; }

    public double PerSecond => Seconds > 0 ? (Requests - Failures) / Seconds : 0;

    public static LatencySummary From(string phase, IReadOnlyList<double> milliseconds, IReadOnlyDictionary<string, int> failures, double seconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(phase, sorted.Length, failures.Values.Sum(), seconds,
            Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1], failures);
    }

    public static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];

    public static double Median(IReadOnlyList<double> values) => Percentile([.. values.Order()], 0.5);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Phase}: {Requests} requests in {Seconds:0.0} s = {PerSecond:0.0}/s succeeded; p50 {P50:0.0} ms, p95 {P95:0.0} ms, p99 {P99:0.0} ms, max {Max:0.0} ms; failures {Failures}{(Failures == 0 ? "" : " (" + string.Join(", ", FailureKinds.Select(k => $"{k.Key} ×{k.Value}")) + ")")}{(ServerCpuMsPerRequest is { } cpu ? $"; server CPU {cpu:0.0} ms per request" : "")}");
}
