using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>The planner's page in a real browser on the demo factory: the Gantt, live updates from the server's event stream, and pins.</summary>
public sealed class PlanPageTests : BrowserSession
{
    private const string Factory = "fac_kwun_tong";

    [Fact]
    public async Task PlanPage_AnotherRequestChangesThePlan_ShowsTheNewVersionWithoutReload()
    {
        var page = await SignedInPageAsync("/plan");
        var violations = await CspViolations.WatchAsync(page);
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("[data-plan][data-live=connected]");
        var before = long.Parse((await page.GetAttributeAsync("[data-plan]", "data-version"))!, System.Globalization.CultureInfo.InvariantCulture);
        await page.EvaluateAsync("window.__sameDocument = true");
        var network = NetworkLog.Attach(page);

        var orderId = await SubmitOrderAsync(2);

        await page.WaitForSelectorAsync($"tr[data-order={orderId}]");
        await page.WaitForSelectorAsync(".vis-item.mf-op");
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"), "the page was reloaded");
        var after = long.Parse((await page.GetAttributeAsync("[data-plan]", "data-version"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(after > before, $"version {after} after {before}");
        Assert.Contains($"Version {after}", await page.InnerTextAsync("[data-plan-version]"), StringComparison.Ordinal);
        // The new order's work is in the chart's data, each bar on a machine row of the chart.
        var data = await DataAsync(page);
        var rows = data.GetProperty("machines").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToHashSet();
        var ops = data.GetProperty("operations").EnumerateArray().Where(o => o.GetProperty("orderId").GetString() == orderId).ToList();
        Assert.NotEmpty(ops);
        Assert.All(ops, o => Assert.Contains(o.GetProperty("machineId").GetString(), rows));
        Assert.Equal(rows.Count, await page.Locator(".vis-labelset .vis-label").CountAsync());

        // Nothing polls: with the plan quiet, the page asks for nothing more.
        await NetworkLog.QuietSpellAsync(page);
        network.Clear();
        var version = await page.GetAttributeAsync("[data-plan]", "data-version");
        await NetworkLog.QuietSpellAsync(page);
        if (version == await page.GetAttributeAsync("[data-plan]", "data-version"))
        {
            Assert.Empty(network.PageFetches($"/plan/{Factory}/data"));
            Assert.Empty(network.PageFetches("/plan"));
        }
        Assert.Empty(network.Errors());
        Assert.Empty(violations);
    }

    [Fact]
    public async Task PlanPage_AtPhoneWidth_TheGanttScrollsInsideItsBoxAndOrdersAreCards()
    {
        await SubmitOrderAsync(1);
        var page = await SignedInPageAsync("/plan", 390, 844);
        await page.WaitForSelectorAsync(".vis-item.mf-op");
        await page.WaitForSelectorAsync("tr[data-order]");
        var fit = await page.EvaluateAsync<double[]>("() => [document.scrollingElement.scrollWidth, innerWidth, document.querySelector('.mf-gantt-scroll').scrollWidth, document.querySelector('.mf-gantt-scroll').clientWidth]");
        Assert.True(fit[0] <= fit[1], $"the page is {fit[0]} px wide in a {fit[1]} px window");
        Assert.True(fit[2] > fit[3], "the Gantt does not scroll inside its box");
        Assert.Equal("block", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('tr[data-order]')).display"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("phone-plan-orders"), FullPage = true });
    }

    [Fact]
    public async Task PlannerFlow_PinHereMoveToAnotherMachineAndUnpin_ThePlanHonoursEachPin()
    {
        var orderId = await SubmitOrderAsync(1);
        var page = await SignedInPageAsync("/plan");
        var bar = page.Locator(".vis-item.mf-op", new PageLocatorOptions { HasText = "inspect" });
        await bar.WaitForAsync();
        var data = await DataAsync(page);
        var inspect = data.GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("orderId").GetString() == orderId && o.GetProperty("stepId").GetString() == "inspect");
        var operationId = inspect.GetProperty("operationId").GetString()!;

        // Select the bar: "Pin here" fixes it where the plan has it (and from then on nothing moves it but a planner).
        await bar.ClickAsync();
        await page.WaitForSelectorAsync($"[data-op-details][data-operation='{operationId}'] [data-action=pin-here]");
        var here = await PinResponseAsync(page, () => page.ClickAsync("[data-op-details] [data-action=pin-here]"));
        var why = await (await page.WaitForFunctionAsync("() => { const t = document.querySelector('[data-plan-version]').innerText; return t.includes('pinned') ? t : null; }")).JsonValueAsync<string>();
        Assert.Contains("inspect (unit 1) pinned by Administrator", why, StringComparison.Ordinal); // the reason in words, no ids
        Assert.DoesNotMatch(@"\b(?:oln|usr|ord)_", why);
        var planned = await OperationAsync(operationId);
        Assert.True(planned.GetProperty("pinned").GetBoolean());
        Assert.Equal(here.GetProperty("machineId").GetString(), planned.GetProperty("machineId").GetString());
        Assert.Equal(here.GetProperty("start").GetDateTimeOffset(), planned.GetProperty("start").GetDateTimeOffset());
        await page.WaitForSelectorAsync($"[data-op-details][data-operation='{operationId}'] [data-action=unpin]");

        // Move it to the other capable machine from the details ("Pin there": machine and start in the factory's time).
        var from = planned.GetProperty("machineId").GetString()!;
        var to = inspect.GetProperty("capableMachines").EnumerateArray().Select(m => m.GetString()!).First(m => m != from);
        var toName = data.GetProperty("machines").EnumerateArray().Single(m => m.GetProperty("id").GetString() == to).GetProperty("name").GetString()!;
        await page.SelectOptionAsync("[data-op-details] select[name=machineId]", to);
        var there = await PinResponseAsync(page, () => page.ClickAsync("[data-op-details] [data-action=pin-there]"));
        Assert.Equal(to, there.GetProperty("machineId").GetString());
        await page.WaitForSelectorAsync($"[data-op-details][data-operation='{operationId}'] [data-action=unpin]");
        await page.WaitForFunctionAsync($"() => [...document.querySelectorAll('[data-op-details] dd')].some(d => d.innerText === '{toName}')");
        planned = await OperationAsync(operationId);
        Assert.True(planned.GetProperty("pinned").GetBoolean());
        Assert.Equal(to, planned.GetProperty("machineId").GetString());
        Assert.Equal(there.GetProperty("start").GetDateTimeOffset(), planned.GetProperty("start").GetDateTimeOffset());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("desktop-plan-pinned"), FullPage = true });

        // Unpin: the plan no longer holds it, and the details offer "Pin here" again.
        var version = await page.GetAttributeAsync("[data-plan]", "data-version");
        await page.ClickAsync("[data-op-details] [data-action=unpin]");
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-plan]').dataset.version !== '{version}'");
        await page.WaitForSelectorAsync($"[data-op-details][data-operation='{operationId}'] [data-action=pin-here]");
        Assert.False((await OperationAsync(operationId)).GetProperty("pinned").GetBoolean());
    }

    // The pin the page asked for, as the server answered it (200 with the pin, or the test fails with the problem).
    private static async Task<JsonElement> PinResponseAsync(IPage page, Func<Task> action)
    {
        var answer = await page.RunAndWaitForResponseAsync(action, r => r.Url.EndsWith("/plan/pin", StringComparison.Ordinal));
        var text = await answer.TextAsync();
        Assert.True(answer.Ok, $"{answer.Status} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<JsonElement> OperationAsync(string operationId)
    {
        using var admin = Server.Client();
        var plan = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/factories/{Factory}/plan", TestHost.Json);
        return plan.GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("operationId").GetString() == operationId).Clone();
    }

    private async Task<string> SubmitOrderAsync(int quantity)
    {
        using var admin = Server.Client();
        var customer = await admin.PostAsJsonAsync("/api/v1/customers", new { name = "Plan Test Ltd", email = $"{Guid.NewGuid():N}@example.com" }, TestHost.Json);
        customer.EnsureSuccessStatusCode();
        var customerId = (await customer.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("id").GetString();
        var order = await admin.PostAsJsonAsync("/api/v1/orders", new
        {
            customerId,
            notes = "Shelves for the counter",
            lines = new[] { new { templateId = "wall-shelf", templateVersion = "1.0.0", quantity, parameters = new Dictionary<string, string>() } },
        }, TestHost.Json);
        order.EnsureSuccessStatusCode();
        return (await order.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("id").GetString()!;
    }

    // The Gantt's data as the page's script gets it (with the page's cookie).
    private static async Task<JsonElement> DataAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>($"() => fetch('/plan/{Factory}/data').then(r => r.text())");
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}
