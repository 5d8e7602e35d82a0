using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microfactory.Server.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Microfactory.Server.Tests.Features.Copilot;

/// <summary>Every answered question leaves one row in copilot_usage, on both engines; bad input leaves none, and no row holds the question.</summary>
public sealed class CopilotUsageTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Ask_EveryQuestion_OneUsageRowWithoutItsText(string engine)
    {
        // The factory's clock stands still: the row's time is exactly it, and no time passes while answering.
        await using var host = await TestHost.StartAsync(new FakeTimeProvider(Now), engine);
        var (operatorUser, operatorId, _) = await host.NewUserAsync("operator");
        var (customer, customerId, _) = await host.NewUserAsync("customer", await host.CreateCustomerAsync("Usage buyer"));
        using (operatorUser)
        using (customer)
        {
            await AskAsync(operatorUser, "what is the state of the fiber laser");
            await AskAsync(operatorUser, "折彎機現在的狀態？");
            await AskAsync(customer, "what was the OEE of the press brake last shift");
            Assert.Equal(HttpStatusCode.BadRequest, (await operatorUser.PostAsJsonAsync("/api/v1/copilot/messages", new { message = "  " }, TestHost.Json)).StatusCode);
        }

        await using var connection = await host.Database.Database.OpenAsync();
        var rows = (await connection.QueryAsync<(string UserId, string Role, string Engine, string Kind, string Language, long LatencyMs, long Answered, long AskedAtMs)>(
            "SELECT user_id, role, engine, kind, language, latency_ms, answered, asked_at_ms FROM copilot_usage WHERE user_id IN (@operatorId, @customerId) ORDER BY id",
            new { operatorId, customerId })).ToList();
        Assert.Equal(
            [(operatorId, "operator", "microfactory-offline", "answer", "en", 1L), (operatorId, "operator", "microfactory-offline", "answer", "zh-Hant", 1L),
             (customerId, "customer", "microfactory-offline", "notAllowed", "en", 0L)],
            rows.Select(r => (r.UserId, r.Role, r.Engine, r.Kind, r.Language, r.Answered)));
        Assert.All(rows, r => Assert.Equal((Now.ToUnixTimeMilliseconds(), 0L), (r.AskedAtMs, r.LatencyMs)));
        var columns = await connection.QueryAsync<string>(engine == "sqlite"
            ? "SELECT name FROM pragma_table_info('copilot_usage')"
            : "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'copilot_usage'");
        Assert.DoesNotContain(columns, c => c.Contains("question", StringComparison.OrdinalIgnoreCase) || c.Contains("text", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task AskAsync(HttpClient client, string message)
    {
        var response = await client.PostAsJsonAsync("/api/v1/copilot/messages", new { message }, TestHost.Json);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task GetUsage_HandMadeRows_PerLocalDayByRoleAndKindWithMedianLatency(string engine)
    {
        await using var host = await TestHost.StartAsync(new FakeTimeProvider(Now), engine);
        await using (var connection = await host.Database.Database.OpenAsync())
        {
            // Kwun Tong is UTC+8: 2026-12-02 20:00Z is already the 3rd there, 2026-11-26 15:00Z still the 26th.
            static long Ms(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
            await connection.ExecuteAsync(
                """
                INSERT INTO copilot_usage (asked_at_ms, user_id, role, engine, kind, language, latency_ms, answered) VALUES
                  (@a, 'usr_p', 'planner', 'microfactory-offline', 'answer', 'en', 10, 1),
                  (@b, 'usr_o', 'operator', 'microfactory-offline', 'noData', 'zh-Hant', 30, 0),
                  (@c, 'usr_p', 'planner', 'model', 'proposal', 'en', 50, 1),
                  (@d, 'usr_p', 'planner', 'microfactory-offline', 'answer', 'en', 1000, 1),
                  (@e, 'usr_p', 'planner', 'microfactory-offline', 'answer', 'en', 5, 1)
                """,
                new { a = Ms("2026-12-03T08:30:00Z"), b = Ms("2026-12-02T20:00:00Z"), c = Ms("2026-11-28T02:00:00Z"), d = Ms("2026-11-26T15:00:00Z"), e = Ms("2026-12-03T10:30:00Z") });
        }
        using var admin = host.Admin();
        using var planner = await host.UserAsync("planner");

        var week = await admin.GetFromJsonAsync<JsonElement>("/api/v1/copilot/usage");
        var month = await admin.GetFromJsonAsync<JsonElement>("/api/v1/copilot/usage?days=30");
        var bad = await admin.GetAsync("/api/v1/copilot/usage?days=14");
        var notAdmin = await planner.GetAsync("/api/v1/copilot/usage");

        // The row an hour after now (the factory's clock) is not counted; nor the one before the 27th's local midnight.
        Assert.Equal((7, 3, 2, 30.0), (week.GetProperty("days").GetInt32(), week.GetProperty("questions").GetInt32(), week.GetProperty("answered").GetInt32(), week.GetProperty("medianLatencyMs").GetDouble()));
        Assert.Equal(DateTimeOffset.Parse("2026-11-27T00:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture), week.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(
            ["2026-11-27 0/0", "2026-11-28 1/1", "2026-11-29 0/0", "2026-11-30 0/0", "2026-12-01 0/0", "2026-12-02 0/0", "2026-12-03 2/1"],
            week.GetProperty("perDay").EnumerateArray().Select(d => $"{d.GetProperty("date").GetString()} {d.GetProperty("questions").GetInt32()}/{d.GetProperty("answered").GetInt32()}"));
        Assert.Equal(["planner 2/2 30", "operator 1/0 30"],
            week.GetProperty("byRole").EnumerateArray().Select(r => $"{r.GetProperty("role").GetString()} {r.GetProperty("questions").GetInt32()}/{r.GetProperty("answered").GetInt32()} {r.GetProperty("medianLatencyMs").GetDouble()}"));
        Assert.Equal(["answer 1", "noData 1", "proposal 1"], week.GetProperty("byKind").EnumerateArray().Select(k => $"{k.GetProperty("kind").GetString()} {k.GetProperty("questions").GetInt32()}"));
        Assert.Equal((30, 4, 40.0), (month.GetProperty("perDay").GetArrayLength(), month.GetProperty("questions").GetInt32(), month.GetProperty("medianLatencyMs").GetDouble()));
        await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest, "days");
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
    }
}
