using System.Diagnostics;
using System.Globalization;

namespace Microfactory.Server.Benchmarks;

/// <summary>The whole benchmark: setup, warm-up, the closed and the open quote phases, the repair probe, the verdict against the targets.</summary>
internal sealed class LoadRun(ServerUnderTest server, LoadSettings settings, TextWriter log)
{
    public const double TargetPerSecond = 200;
    public const double TargetP95Ms = 100;
    public const double TargetRepairMs = 1000;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var adminHttp = Api.NewClient(server.Address, server.AdminKey, 8);
        var admin = new Api(adminHttp);
        var setup = new DemoSetup(admin, log);
        var workload = new DemoWorkload(settings.Seed);
        var factory = await setup.FactoryAsync();
        var customers = await setup.CustomersAsync(settings.Customers);
        var orderIds = await setup.OrdersAsync(factory, customers, settings.Orders, workload);
        var (version, operations) = settings.Skip.Contains("wait") ? (0L, 0) : await setup.WaitForPlanAsync(factory, orderIds, TimeSpan.FromMinutes(5));

        var quoteClients = customers.Select(c => Api.NewClient(server.Address, c.ApiKey, 64)).ToList();
        try
        {
            var today = factory.Today(DateTimeOffset.UtcNow);
            var bodies = Enumerable.Range(0, 4096).Select(_ => workload.Quote(factory.Id, today).ToJsonString()).ToArray();
            (HttpClient, string) Next(int n) => (quoteClients[n % quoteClients.Count], bodies[n % bodies.Length]);
            var summaries = new List<LatencySummary>();
            var failed = false;

            async Task<LatencySummary> Measured(Func<Task<LatencySummary>> phase)
            {
                var before = server.CpuTime();
                var summary = await phase();
                var after = server.CpuTime();
                return before is { } b && after is { } a && summary.Requests > 0 ? summary with { ServerCpuMsPerRequest = (a - b).TotalMilliseconds / summary.Requests } : summary;
            }
            var warm = await Measured(() => LoadPhases.ClosedAsync("warm-up", Next, 4, settings.Warmup));
            await log.WriteLineAsync(warm.ToString());
            if (!settings.Skip.Contains("closed"))
            {
                var closed = await Measured(() => LoadPhases.ClosedAsync($"closed loop, {settings.Clients} clients", Next, settings.Clients, settings.Duration));
                summaries.Add(closed);
                await log.WriteLineAsync(closed.ToString());
            }
            if (!settings.Skip.Contains("open"))
            {
                var open = await Measured(() => LoadPhases.OpenAsync(string.Create(CultureInfo.InvariantCulture, $"open rate {settings.Rate:0}/s"), Next, settings.Rate, settings.Duration));
                summaries.Add(open);
                await log.WriteLineAsync(open.ToString());
                failed |= open.Failures > 0 || open.P95 >= TargetP95Ms || open.PerSecond < TargetPerSecond * 0.99;
            }
            failed |= summaries.Any(s => s.Failures > 0);

            List<RepairProbe.Result> repairs = [];
            if (!settings.Skip.Contains("repair") && settings.Repairs > 0)
            {
                repairs = await new RepairProbe(admin, log).RunAsync(factory.Id, settings.Repairs);
                failed |= LatencySummary.Median([.. repairs.Select(r => r.AddMs)]) >= TargetRepairMs;
            }

            await log.WriteLineAsync();
            await log.WriteLineAsync(await LoadAverageAsync());
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"## {settings.Orders} open orders, plan version {version} with {operations} operations; {Environment.ProcessorCount} cores; server pid {server.ProcessId}"));
            await log.WriteLineAsync("| phase | requests | quotes/s | p50 ms | p95 ms | p99 ms | max ms | failures | server CPU ms/quote |");
            await log.WriteLineAsync("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var s in summaries)
            {
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"| {s.Phase} | {s.Requests} | {s.PerSecond:0.0} | {s.P50:0.0} | {s.P95:0.0} | {s.P99:0.0} | {s.Max:0.0} | {s.Failures} | {s.ServerCpuMsPerRequest:0.0} |"));
            }
            if (repairs.Count > 0)
            {
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"repair after downtime added: median {LatencySummary.Median([.. repairs.Select(r => r.AddMs)]):0} ms (min {repairs.Min(r => r.AddMs):0}, max {repairs.Max(r => r.AddMs):0}, n {repairs.Count}); POST answered in median {LatencySummary.Median([.. repairs.Select(r => r.PostMs)]):0} ms; after removal: median {LatencySummary.Median([.. repairs.Select(r => r.RemoveMs)]):0} ms"));
            }
            await log.WriteLineAsync(failed ? "verdict: a target was missed (≥ 200 quotes/s at p95 < 100 ms without failures; repair median < 1 s)" : "verdict: every target met");
            return failed ? 1 : 0;
        }
        finally
        {
            foreach (var client in quoteClients)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>The machine's load average (Linux), so that a reader can tell a quiet run from one on a shared, busy machine.</summary>
    private static async Task<string> LoadAverageAsync() =>
        File.Exists("/proc/loadavg") ? "load average (1, 5, 15 min): " + string.Join(", ", (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ').Take(3)) : "";
}
