using System.Net.Http.Json;
using System.Text.Json;

namespace Microfactory.Server.Tests.Support;

/// <summary>
/// An independent check of a plan as the API shows it, written from the JSON alone (it shares no code with the server):
/// no two operations on a machine overlap, each starts after the operations it waits for end, on a machine with the
/// step's capability, inside the machine's weekly shifts (in the factory's time zone) and outside its downtime.
/// </summary>
internal static class PlanFeasibility
{
    public static async Task<IReadOnlyList<string>> CheckAsync(HttpClient staff, JsonElement plan)
    {
        var factoryId = plan.GetProperty("factoryId").GetString()!;
        var factory = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/factories/{factoryId}", TestHost.Json);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(factory.GetProperty("timeZone").GetString()!);
        var machines = (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/machines?factoryId={factoryId}&pageSize=200", TestHost.Json))
            .GetProperty("items").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);
        var orders = new Dictionary<string, JsonElement>();
        var capabilityOf = new Dictionary<(string Line, string Step), string>();
        var problems = new List<string>();
        var operations = plan.GetProperty("operations").EnumerateArray().ToList();
        foreach (var orderId in operations.Select(o => o.GetProperty("orderId").GetString()!).Distinct())
        {
            var order = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}", TestHost.Json);
            foreach (var line in order.GetProperty("lines").EnumerateArray())
            {
                var response = await staff.PostAsJsonAsync(
                    $"/api/v1/templates/{line.GetProperty("templateId").GetString()}/versions/{line.GetProperty("templateVersion").GetString()}/designs",
                    new { parameters = line.GetProperty("parameters") }, TestHost.Json);
                response.EnsureSuccessStatusCode();
                var design = await response.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json);
                foreach (var step in design.GetProperty("design").GetProperty("routing").EnumerateArray())
                {
                    capabilityOf[(line.GetProperty("id").GetString()!, step.GetProperty("id").GetString()!)] = step.GetProperty("capabilityId").GetString()!;
                }
            }
        }
        var byId = operations.ToDictionary(o => o.GetProperty("operationId").GetString()!);
        foreach (var op in operations)
        {
            var id = op.GetProperty("operationId").GetString()!;
            var (start, end) = (op.GetProperty("start").GetDateTimeOffset(), op.GetProperty("end").GetDateTimeOffset());
            var machineId = op.GetProperty("machineId").GetString()!;
            if (end <= start)
            {
                problems.Add($"{id}: ends {end:u} before it starts {start:u}");
            }
            foreach (var after in op.GetProperty("after").EnumerateArray().Select(a => a.GetString()!))
            {
                if (!byId.TryGetValue(after, out var predecessor))
                {
                    problems.Add($"{id}: waits for {after}, which is not on the plan");
                }
                else if (predecessor.GetProperty("end").GetDateTimeOffset() > start)
                {
                    problems.Add($"{id}: starts {start:u} before {after} ends {predecessor.GetProperty("end").GetDateTimeOffset():u}");
                }
            }
            if (!machines.TryGetValue(machineId, out var machine))
            {
                problems.Add($"{id}: on unknown machine {machineId}");
                continue;
            }
            var capability = capabilityOf[(op.GetProperty("lineId").GetString()!, op.GetProperty("stepId").GetString()!)];
            if (!machine.GetProperty("capabilities").EnumerateArray().Any(c => c.GetString() == capability))
            {
                problems.Add($"{id}: on {machineId}, which lacks {capability}");
            }
            foreach (var downtime in machine.GetProperty("calendar").GetProperty("downtimes").EnumerateArray())
            {
                var (from, to) = (downtime.GetProperty("startsAt").GetDateTimeOffset(), downtime.GetProperty("endsAt").GetDateTimeOffset());
                if (start < to && from < end)
                {
                    problems.Add($"{id}: {start:u}–{end:u} on {machineId} overlaps its downtime {from:u}–{to:u}");
                }
            }
            if (!InsideShifts(machine, zone, start, end))
            {
                problems.Add($"{id}: {start:u}–{end:u} on {machineId} is not inside its weekly shifts");
            }
        }
        foreach (var machine in operations.GroupBy(o => o.GetProperty("machineId").GetString()!))
        {
            var sorted = machine.OrderBy(o => o.GetProperty("start").GetDateTimeOffset()).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                if (sorted[i].GetProperty("start").GetDateTimeOffset() < sorted[i - 1].GetProperty("end").GetDateTimeOffset())
                {
                    problems.Add($"{machine.Key}: {sorted[i - 1].GetProperty("operationId").GetString()} and {sorted[i].GetProperty("operationId").GetString()} overlap");
                }
            }
        }
        return problems;
    }

    /// <summary>Whether [start, end) lies inside the machine's shifts, joining shifts that touch (across midnight too).</summary>
    private static bool InsideShifts(JsonElement machine, TimeZoneInfo zone, DateTimeOffset start, DateTimeOffset end)
    {
        var windows = new List<(DateTimeOffset From, DateTimeOffset To)>();
        var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime).AddDays(-1);
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(end, zone).DateTime).AddDays(1);
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            foreach (var shift in machine.GetProperty("calendar").GetProperty("shifts").EnumerateArray())
            {
                if (!string.Equals(shift.GetProperty("day").GetString(), day.DayOfWeek.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                var midnight = day.ToDateTime(TimeOnly.MinValue);
                windows.Add((Local(midnight.AddMinutes(shift.GetProperty("startMinute").GetInt32()), zone), Local(midnight.AddMinutes(shift.GetProperty("endMinute").GetInt32()), zone)));
            }
        }
        var cursor = start;
        foreach (var (from, to) in windows.OrderBy(w => w.From))
        {
            if (from <= cursor && to > cursor)
            {
                cursor = to;
            }
        }
        return cursor >= end;
    }

    private static DateTimeOffset Local(DateTime local, TimeZoneInfo zone) => new(local, zone.GetUtcOffset(local));
}
