using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Microfactory.Telemetry.Benchmarks;

/// <summary>
/// Runs: a fresh broker and server, publishers at the target rate for the duration, then waits until the server has
/// taken every message (accepted + duplicates in its stats) and checks the database: count rows and the sum of good
/// parts equal the unique count messages published, state rows the unique state messages, the ledger both. The ingest
/// rate is messages / (last message taken − first published).
/// </summary>
internal sealed class IngestRun(IngestSettings settings, TextWriter log)
{
    private const string FactoryId = "fac_kwun_tong";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        SQLitePCL.Batteries_V2.Init();
        var rates = new List<double>();
        var ok = true;
        for (var run = 1; run <= settings.Runs; run++)
        {
            var (rate, verified) = await OneRunAsync(run, cancellationToken);
            rates.Add(rate);
            ok &= verified;
        }
        rates.Sort();
        var median = rates.Count % 2 == 1 ? rates[rates.Count / 2] : (rates[rates.Count / 2 - 1] + rates[rates.Count / 2]) / 2;
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"median ingest rate over {rates.Count} runs: {median:0} msgs/s (runs: {string.Join(", ", rates.Select(r => r.ToString("0", CultureInfo.InvariantCulture)))}); verification {(ok ? "passed in every run" : "FAILED")}"));
        return ok ? 0 : 1;
    }

    private async Task<(double Rate, bool Verified)> OneRunAsync(int run, CancellationToken cancellationToken)
    {
        await using var broker = await Broker.StartAsync(settings.Mosquitto);
        var serverSettings = new Dictionary<string, string>(broker.ServerSettings(), StringComparer.Ordinal);
        foreach (var (name, value) in settings.ServerSettings)
        {
            serverSettings[name] = value;
        }
        await using var server = await Server.StartAsync(serverSettings, log);
        using var client = server.Client();
        var machines = (await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/machines?factoryId={FactoryId}&pageSize=200", UriKind.Relative), cancellationToken))
            .GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToList();
        var publishers = Enumerable.Range(0, settings.Publishers)
            .Select(p => new Publisher(FactoryId, [.. machines.Where((_, i) => i % settings.Publishers == p)], settings.Rate / settings.Publishers, settings.Window, settings.DuplicateShare, settings.StateShare, seed: 1000 * run + p))
            .ToList();
        var serverCpu = server.CpuTime();
        var brokerCpu = broker.CpuTime();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(publishers.Select(p => Task.Run(() => p.RunAsync(broker.Port, settings.Duration, cancellationToken), cancellationToken)));
        var publishedIn = clock.Elapsed;
        var published = publishers.Sum(p => p.Published);
        var takenIn = TimeSpan.Zero;
        long taken = 0;
        while (clock.Elapsed < publishedIn + TimeSpan.FromSeconds(120))
        {
            var stats = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/telemetry/stats", UriKind.Relative), cancellationToken);
            taken = stats.GetProperty("accepted").GetInt64() + stats.GetProperty("duplicates").GetInt64() + stats.GetProperty("rejected").GetInt64();
            if (taken >= published)
            {
                takenIn = clock.Elapsed;
                break;
            }
            await Task.Delay(20, cancellationToken);
        }
        var serverCpuUsed = server.CpuTime() - serverCpu;
        var brokerCpuUsed = broker.CpuTime() - brokerCpu;
        var finalStats = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/telemetry/stats", UriKind.Relative), cancellationToken);
        var verified = await VerifyAsync(server.DatabaseFile, publishers, finalStats);
        var rate = takenIn == TimeSpan.Zero ? 0 : published / takenIn.TotalSeconds;
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"run {run}: published {published} ({publishers.Sum(p => p.Duplicates)} duplicates) in {publishedIn.TotalSeconds:0.0} s = {published / publishedIn.TotalSeconds:0} msgs/s; " +
            $"server took them all after {takenIn.TotalSeconds:0.0} s = {rate:0} msgs/s ({finalStats.GetProperty("batches").GetInt64()} transactions, {published / Math.Max(1.0, finalStats.GetProperty("batches").GetInt64()):0} msgs each); " +
            $"CPU server {serverCpuUsed.TotalSeconds:0.0} s ({serverCpuUsed.TotalMicroseconds / Math.Max(1, published):0.0} µs/msg), broker {brokerCpuUsed.TotalSeconds:0.0} s; load average {LoadAverage()}"));
        return (rate, verified && taken >= published);
    }

    private async Task<bool> VerifyAsync(string databaseFile, IReadOnlyList<Publisher> publishers, JsonElement stats)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly");
        await connection.OpenAsync();
        var counts = await connection.QuerySingleAsync<(long Rows, long Good, long Keys)>("SELECT count(*), coalesce(sum(good), 0), (SELECT count(*) FROM (SELECT DISTINCT machine_id, message_key FROM machine_counts)) FROM machine_counts");
        var states = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM machine_state_changes");
        var ledger = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM telemetry_ledger");
        var uniqueCounts = publishers.Sum(p => p.UniqueCounts);
        var uniqueStates = publishers.Sum(p => p.UniqueStates);
        var duplicates = publishers.Sum(p => p.Duplicates);
        var ok = counts.Rows == uniqueCounts && counts.Good == uniqueCounts && counts.Keys == uniqueCounts && states == uniqueStates && ledger == uniqueCounts + uniqueStates
            && stats.GetProperty("duplicates").GetInt64() == duplicates && stats.GetProperty("rejected").GetInt64() == 0;
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  database: {counts.Rows} count rows (expected {uniqueCounts}), good {counts.Good}, distinct keys {counts.Keys}; {states} state rows (expected {uniqueStates}); ledger {ledger}; " +
            $"duplicates seen {stats.GetProperty("duplicates").GetInt64()} (sent {duplicates}) — {(ok ? "exact" : "MISMATCH")}"));
        return ok;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
