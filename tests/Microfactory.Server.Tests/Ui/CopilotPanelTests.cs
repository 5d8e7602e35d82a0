using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>
/// The copilot panel in a real browser against the real server process: on a machine's page the question is about
/// that machine and the answer links to it (desktop and phone width, no CSP violation); a customer asking about another
/// customer's order gets no data of it.
/// </summary>
public sealed class CopilotPanelTests : BrowserSession
{
    private const string Password = "copilot password for ui";

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task Panel_OnTheFiberLasersPage_AnswersItsStateWithACitationLink(int width, int height, string name)
    {
        var email = await CreateUserAsync("operator", "Olga Operator");
        var page = await NewPageAsync(width, height);
        var violations = await CspViolations.WatchAsync(page);
        await SignInAsAsync(page, email, "/shopfloor/machines/mch_fiber_laser_1");

        await page.ClickAsync(".mf-copilot-button");
        await page.WaitForSelectorAsync("#mf-copilot.show");
        await page.FillAsync("#mf-copilot-message", "what is the state of the fiber laser");
        await page.ClickAsync("[data-copilot-form] button[type=submit]");
        var answer = page.Locator(".mf-copilot-answer").First;
        await answer.WaitForAsync();

        Assert.Equal("answer", await answer.GetAttributeAsync("data-kind"));
        Assert.Contains("Fiber laser 1", await answer.Locator(".mf-copilot-text").InnerTextAsync(), StringComparison.Ordinal);
        var citation = answer.Locator("a.mf-copilot-cite[data-kind=machine][data-id=mch_fiber_laser_1]");
        Assert.EndsWith("/shopfloor/machines/mch_fiber_laser_1", await citation.EvaluateAsync<string>("a => a.href"), StringComparison.Ordinal);
        Assert.True(await citation.IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#mf-copilot').getBoundingClientRect().right <= innerWidth + 1"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath($"{name}-copilot-machine") });
        // A follow-up in the same conversation: "and its alarms?" is still about the laser.
        await page.FillAsync("#mf-copilot-message", "and its alarms?");
        await page.ClickAsync("[data-copilot-form] button[type=submit]");
        await page.Locator(".mf-copilot-answer").Nth(1).WaitForAsync();
        Assert.Contains("Fiber laser 1", await page.Locator(".mf-copilot-answer").Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task Panel_CustomerAsksAboutAnotherCustomersOrder_GetsNoDataOfIt()
    {
        using var admin = Server.Client();
        var ownerId = await CustomerAsync(admin, "Orchid Interiors Panel");
        var otherId = await CustomerAsync(admin, "Nosy Neighbour Panel");
        var order = await admin.PostAsJsonAsync("/api/v1/orders", new
        {
            customerId = ownerId, factoryId = "fac_kwun_tong",
            lines = new[] { new { templateId = "wall-shelf", templateVersion = "1.0.0", quantity = 1, parameters = new Dictionary<string, string> { ["length"] = "800 mm" } } },
        });
        Assert.True(order.IsSuccessStatusCode, await order.Content.ReadAsStringAsync());
        var orderId = (await order.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var email = await CreateUserAsync("customer", "Nosy Neighbour", otherId);
        var page = await NewPageAsync(390, 844);
        var violations = await CspViolations.WatchAsync(page);
        await SignInAsAsync(page, email, "/orders");

        await page.ClickAsync(".mf-copilot-button");
        await page.WaitForSelectorAsync("#mf-copilot.show");
        await page.FillAsync("#mf-copilot-message", $"what is the status of order {orderId}?");
        await page.PressAsync("#mf-copilot-message", "Enter");
        var answer = page.Locator(".mf-copilot-answer").First;
        await answer.WaitForAsync();

        Assert.Equal("noData", await answer.GetAttributeAsync("data-kind"));
        Assert.Equal(0, await answer.Locator(".mf-copilot-cite").CountAsync());
        Assert.DoesNotContain("Orchid", await answer.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("phone-copilot-customer") });
        Assert.Empty(violations);
    }

    /// <summary>
    /// The "done when": on an order's page a planner asks, in English and in Chinese, why the order finishes when
    /// it does and what the fiber laser's OEE was yesterday; each answer holds what the plan's explanation and the OEE
    /// report say, and links to the order, the plan version and the machine.
    /// </summary>
    [Fact]
    public async Task Panel_PlannerAsksWhyTheOrderFinishesAndTheLasersOeeYesterday_InBothLanguagesWithLinks()
    {
        using var admin = Server.Client();
        var customer = await CustomerAsync(admin, "Kowloon Fixtures Panel");
        var placed = await admin.PostAsJsonAsync("/api/v1/orders", new
        {
            customerId = customer, factoryId = "fac_kwun_tong",
            lines = new[] { new { templateId = "wall-shelf", templateVersion = "1.0.0", quantity = 2, parameters = new Dictionary<string, string> { ["length"] = "800 mm" } } },
        });
        Assert.True(placed.IsSuccessStatusCode, await placed.Content.ReadAsStringAsync());
        var orderId = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        // Yesterday in Hong Kong the laser ran 09:00–11:00 and counted 20 good parts, 1 scrap.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Hong_Kong");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).Date;
        DateTimeOffset Hk(DateTime day, int hour) => new(day.AddHours(hour), zone.GetUtcOffset(day));
        var yesterday = today.AddDays(-1);
        object Message(string kind, DateTimeOffset at, string? state = null, int? good = null, int? scrap = null) =>
            new { factoryId = "fac_kwun_tong", machineId = "mch_fiber_laser_1", kind, id = Guid.NewGuid().ToString("N"), state, good, scrap, at };
        var telemetry = await admin.PostAsJsonAsync("/api/v1/telemetry", new
        {
            messages = new[] { Message("state", Hk(yesterday, 9), "running"), Message("count", Hk(yesterday, 10), good: 20, scrap: 1), Message("state", Hk(yesterday, 11), "idle") },
        });
        Assert.True(telemetry.IsSuccessStatusCode, await telemetry.Content.ReadAsStringAsync());
        // What the platform's own pages say: the plan's explanation and the OEE report.
        JsonElement explanation = default;
        for (var tries = 0; tries < 100; tries++)
        {
            var found = await admin.GetAsync($"/api/v1/orders/{orderId}/explanation");
            if (found.IsSuccessStatusCode)
            {
                explanation = await found.Content.ReadFromJsonAsync<JsonElement>();
                break;
            }
            await Task.Delay(200);
        }
        Assert.Equal(JsonValueKind.Object, explanation.ValueKind);
        string Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var planned = Local(explanation.GetProperty("plannedCompletion").GetDateTimeOffset());
        var from = Uri.EscapeDataString(Hk(yesterday, 0).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        var to = Uri.EscapeDataString(Hk(today, 0).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        var oee = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/factories/fac_kwun_tong/oee?from={from}&to={to}");
        var laser = oee.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("machineId").GetString() == "mch_fiber_laser_1");
        string? percent = laser.GetProperty("oee").ValueKind == JsonValueKind.Number
            ? (Math.Round((decimal)laser.GetProperty("oee").GetDouble(), 4) * 100m).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %"
            : null; // yesterday was not a working day of the laser: the answer must say there are no figures

        var email = await CreateUserAsync("planner", "Pat Planner");
        var page = await NewPageAsync(1280, 900);
        var violations = await CspViolations.WatchAsync(page);
        await SignInAsAsync(page, email, $"/orders/{orderId}");
        await page.ClickAsync(".mf-copilot-button");
        await page.WaitForSelectorAsync("#mf-copilot.show");
        var asked = 0;
        async Task<ILocator> AskAsync(string question)
        {
            await page.FillAsync("#mf-copilot-message", question);
            await page.PressAsync("#mf-copilot-message", "Enter");
            var answer = page.Locator(".mf-copilot-answer").Nth(asked++);
            await answer.WaitForAsync();
            return answer;
        }

        foreach (var question in new[] { "why does this order finish when it does?", "這張訂單為什麼要到那時才完成？" })
        {
            var answer = await AskAsync(question);
            Assert.Contains(planned, await answer.Locator(".mf-copilot-text").InnerTextAsync(), StringComparison.Ordinal);
            Assert.EndsWith($"/orders/{orderId}", await answer.Locator($"a.mf-copilot-cite[data-kind=order][data-id={orderId}]").EvaluateAsync<string>("a => a.href"), StringComparison.Ordinal);
            Assert.EndsWith("/plan", await answer.Locator("a.mf-copilot-cite[data-kind=plan-version]").EvaluateAsync<string>("a => a.href"), StringComparison.Ordinal);
        }
        foreach (var question in new[] { "what was the OEE of the fiber laser yesterday?", "光纖雷射昨天的OEE是多少？" })
        {
            var answer = await AskAsync(question);
            var text = await answer.Locator(".mf-copilot-text").InnerTextAsync();
            if (percent is null)
            {
                Assert.Equal("noData", await answer.GetAttributeAsync("data-kind"));
                continue;
            }
            Assert.Contains(percent, text, StringComparison.Ordinal);
            Assert.EndsWith("/shopfloor/machines/mch_fiber_laser_1",
                await answer.Locator("a.mf-copilot-cite[data-kind=oee][data-id=mch_fiber_laser_1]").EvaluateAsync<string>("a => a.href"), StringComparison.Ordinal);
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("desktop-copilot-order-and-oee"), FullPage = true });
        Assert.Empty(violations);
    }

    private async Task<string> CreateUserAsync(string role, string name, string? customerId = null)
    {
        using var admin = Server.Client();
        var email = $"{role}-{Guid.NewGuid():N}@example.com";
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = name, role, password = Password, customerId });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return email;
    }

    private static async Task<string> CustomerAsync(HttpClient admin, string name)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/customers", new { name, email = $"{Guid.NewGuid():N}@example.com" });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task SignInAsAsync(IPage page, string email, string path)
    {
        await page.GotoAsync(path);
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**" + path);
    }
}
