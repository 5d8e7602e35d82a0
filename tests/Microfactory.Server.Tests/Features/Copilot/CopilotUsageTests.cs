using System.Net;
using System.Net.Http.Json;
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
}
