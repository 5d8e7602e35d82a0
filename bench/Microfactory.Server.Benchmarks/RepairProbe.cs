using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Microfactory.Server.Benchmarks;

/// <summary>
/// Times the live plan's repair: posts a 4-hour downtime over the next planned work of a busy machine, measures from
/// just before the POST until the plan version that answers it arrives on the plan's event stream, checks with GET
/// …/plan that no movable operation is left inside the downtime, then removes the downtime and times that repair too.
/// </summary>
internal sealed class RepairProbe(Api admin, TextWriter log)
{
    public sealed record Result(string MachineId, double AddMs, double PostMs, double RemoveMs, int MovedOff);

    public async Task<List<Result>> RunAsync(string factoryId, int count)
    {
        var results = new List<Result>();
        await using var watch = await PlanWatch.OpenAsync(admin.Client, factoryId);
        for (var i = 0; i < count; i++)
        {
            var plan = await admin.GetAsync($"/api/v1/factories/{factoryId}/plan");
            var version = plan["version"]!.GetValue<long>();
            var now = DateTimeOffset.UtcNow;
            var (machineId, from, inside) = Busiest(plan, now, i);
            var to = from.AddHours(4);
            var body = new JsonObject { ["from"] = from.ToString("O", CultureInfo.InvariantCulture), ["to"] = to.ToString("O", CultureInfo.InvariantCulture), ["reason"] = $"load benchmark repair {i + 1}" };

            var started = Stopwatch.GetTimestamp();
            var downtime = await admin.PostAsync($"/api/v1/machines/{machineId}/downtime", body);
            var posted = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var downtimeId = downtime["id"]!.GetValue<string>();
            var (added, arrived) = await watch.NextAsync(version, reason => Mentions(reason, downtimeId, machineId), TimeSpan.FromSeconds(30));
            var addMs = Stopwatch.GetElapsedTime(started, arrived).TotalMilliseconds;

            var repaired = await admin.GetAsync($"/api/v1/factories/{factoryId}/plan");
            var left = Movable(repaired, machineId).Count(o => Start(o) < to && End(o) > from);
            if (left > 0)
            {
                throw new InvalidOperationException($"plan version {repaired["version"]} still has {left} movable operations on {machineId} inside the downtime {from:O}–{to:O}");
            }

            var removeStarted = Stopwatch.GetTimestamp();
            await admin.DeleteAsync($"/api/v1/machines/{machineId}/downtime/{downtimeId}");
            var (_, removedAt) = await watch.NextAsync(added, reason => Mentions(reason, downtimeId, machineId), TimeSpan.FromSeconds(30));
            var removeMs = Stopwatch.GetElapsedTime(removeStarted, removedAt).TotalMilliseconds;
            var result = new Result(machineId, addMs, posted, removeMs, inside);
            results.Add(result);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"repair {i + 1}: downtime on {machineId} over {inside} planned operations: new version visible after {addMs:0} ms (POST answered in {posted:0} ms); removal repaired after {removeMs:0} ms"));
            await Task.Delay(1000);
        }
        return results;
    }

    private static bool Mentions(string reason, string downtimeId, string machineId) =>
        reason.Contains(downtimeId, StringComparison.Ordinal) || reason.Contains(machineId, StringComparison.Ordinal)
        || reason.Contains("downtime", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<JsonNode> Movable(JsonNode plan, string machineId) =>
        plan["operations"]!.AsArray().Select(o => o!)
            .Where(o => o["machineId"]!.GetValue<string>() == machineId && o["pinned"]?.GetValue<bool>() != true && o["started"]?.GetValue<bool>() != true);

    /// <summary>The machine with the <paramref name="rank"/>-th most movable work in the 4 hours after its next operation (rotating over the top five), and where that window starts.</summary>
    private static (string MachineId, DateTimeOffset From, int Inside) Busiest(JsonNode plan, DateTimeOffset now, int rank)
    {
        var candidates = plan["operations"]!.AsArray().Select(o => o!["machineId"]!.GetValue<string>()).Distinct(StringComparer.Ordinal)
            .Select(machine =>
            {
                var future = Movable(plan, machine).Where(o => Start(o) > now.AddMinutes(1)).OrderBy(Start).ToList();
                var from = future.Count == 0 ? now.AddMinutes(5) : Start(future[0]);
                return (machine, from, inside: future.Count(o => Start(o) < from.AddHours(4)));
            })
            .Where(c => c.inside > 0)
            .OrderByDescending(c => c.inside).ThenBy(c => c.machine, StringComparer.Ordinal)
            .Take(5).ToList();
        if (candidates.Count == 0)
        {
            throw new InvalidOperationException("no machine has movable work on the plan");
        }
        return candidates[rank % candidates.Count];
    }

    private static DateTimeOffset Start(JsonNode operation) => DateTimeOffset.Parse(operation["start"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    private static DateTimeOffset End(JsonNode operation) => DateTimeOffset.Parse(operation["end"]!.GetValue<string>(), CultureInfo.InvariantCulture);
}
