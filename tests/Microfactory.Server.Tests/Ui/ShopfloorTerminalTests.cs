using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>
/// The operator terminal in a real browser against the real server process: an operator runs the first step of a
/// fresh order from its machine's page (start, pause, resume, finish with scrap) and the next step becomes startable
/// on its own machine's page; the page follows the plan by server push; big buttons at phone width; customers and
/// posts without the antiforgery token are refused.
/// </summary>
public sealed class ShopfloorTerminalTests : BrowserSession
{
    private const string Factory = "fac_kwun_tong";
    private const string Password = "operator password for ui";

    [Fact]
    public async Task MachineTerminal_OperatorRunsTheFirstStep_TheNextStepBecomesStartableOnItsMachine()
    {
        // Two units: unit 1's steps are run; unit 2's wait in the same queues behind them.
        var (orderId, steps) = await SubmitOrderAsync(2);
        var (first, second) = (steps[0], steps[1]);
        var email = await CreateUserAsync("operator", "Olga Operator");
        var page = await NewPageAsync(1280, 900);
        var violations = await CspViolations.WatchAsync(page);
        var console = WatchConsole(page);
        var network = NetworkLog.Attach(page);
        await SignInAsAsync(page, email, "/shopfloor");

        // The index: one card per machine; the nav has the entry for operators.
        Assert.True(await page.IsVisibleAsync("#mf-nav a.mf-nav-link[href=shopfloor]"));
        await page.ClickAsync($"a[data-machine='{second.MachineId}']");
        await page.WaitForURLAsync($"**/shopfloor/machines/{second.MachineId}");
        await page.WaitForSelectorAsync("[data-terminal][data-stream=connected]");

        // Too early: the second step waits for the first; the server's refusal is shown and nothing changes.
        var early = page.Locator($"#terminal-queue [data-operation='{second.Id}']");
        await early.Locator("[data-action=start]").ClickAsync();
        await page.WaitForSelectorAsync("[data-terminal-status][data-tone=error]");
        var refusal = await page.InnerTextAsync("[data-terminal-status]");
        Assert.Contains("Not started:", refusal, StringComparison.Ordinal);
        Assert.Contains($"waits for {first.Id} to be done first", refusal, StringComparison.Ordinal);
        Assert.Equal("released", await StateAsync(second.Id));

        // The first step's machine: its instructions come from the design's routing, with the design's drawings.
        await page.GotoAsync($"/shopfloor/machines/{first.MachineId}");
        await page.WaitForSelectorAsync("[data-terminal][data-stream=connected]");
        var head = page.Locator("[data-current]");
        Assert.Contains("Laser cut", await head.Locator(".mf-now-step").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(["shelf-flat.svg", "shelf-flat.dxf"], await head.Locator("[data-file]").EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.file)"));
        Assert.Equal(2, await page.Locator("#terminal-queue [data-operation]").CountAsync()); // both units' laser cuts
        var drawing = await page.EvaluateAsync<int>($"() => fetch(document.querySelector('[data-file=\"shelf-flat.svg\"]').href).then(r => r.ok ? r.text().then(t => t.includes('<svg') ? 200 : 0) : r.status)");
        Assert.Equal(200, drawing);
        await page.EvaluateAsync("window.__sameDocument = true");

        await page.Locator($"#terminal-queue [data-operation='{first.Id}'] [data-action=start]").ClickAsync();
        await page.WaitForSelectorAsync($"[data-current][data-operation='{first.Id}'][data-state=running]");
        Assert.Equal("running", await StateAsync(first.Id));
        Assert.Contains("Started laser cut (unit 1", await page.InnerTextAsync("[data-terminal-status]"), StringComparison.Ordinal);

        await page.ClickAsync("[data-current] [data-action=pause]");
        await page.ClickAsync("[data-pause-dialog] [data-reason='Machine fault']");
        await page.ClickAsync("[data-pause-dialog] [data-confirm=pause]");
        await page.WaitForSelectorAsync($"[data-current][data-operation='{first.Id}'][data-state=paused]");
        Assert.Contains("Machine fault", await page.InnerTextAsync("[data-current] [data-pause-reason]"), StringComparison.Ordinal);
        Assert.False(await page.IsVisibleAsync("[data-pause-dialog]"));

        await page.ClickAsync("[data-current] [data-action=resume]");
        await page.WaitForSelectorAsync($"[data-current][data-operation='{first.Id}'][data-state=running]");

        // Finish: good stays 1, one scrapped attempt with the + stepper (and − cannot go below 0).
        await page.ClickAsync("[data-current] [data-action=finish]");
        await page.ClickAsync("[data-finish-dialog] [data-step=finish-scrap][data-delta='-1']");
        Assert.Equal("0", await page.InputValueAsync("#finish-scrap"));
        await page.ClickAsync("[data-finish-dialog] [data-step=finish-scrap][data-delta='1']");
        Assert.Equal("1", await page.InputValueAsync("#finish-scrap"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("desktop-terminal-finish"), FullPage = true });
        await page.ClickAsync("[data-finish-dialog] [data-confirm=finish]");
        await page.WaitForSelectorAsync($"#terminal-queue [data-operation='{first.Id}']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        Assert.Equal(1, await page.Locator("#terminal-queue [data-operation]").CountAsync()); // unit 2's laser cut is left
        Assert.False(await page.IsVisibleAsync("[data-finish-dialog]"));
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"), "the page was reloaded");

        using var admin = Server.Client();
        var record = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/operations/{first.Id}", TestHost.Json);
        Assert.Equal(("done", 1, 1), (record.GetProperty("state").GetString(), record.GetProperty("good").GetInt32(), record.GetProperty("scrap").GetInt32()));
        Assert.Equal(["start", "pause", "resume", "finish"], record.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()!));
        Assert.Equal("Machine fault", record.GetProperty("events")[1].GetProperty("reason").GetString());

        // The next step's machine: no longer waiting, it starts.
        await page.GotoAsync($"/shopfloor/machines/{second.MachineId}");
        await page.WaitForSelectorAsync("[data-terminal][data-stream=connected]");
        var next = page.Locator($"#terminal-queue [data-operation='{second.Id}']");
        Assert.Equal(0, await next.Locator("[data-waits]").CountAsync());
        await page.EvaluateAsync("window.__sameDocument = true");
        await next.Locator("[data-action=start]").ClickAsync();
        await page.WaitForSelectorAsync($"[data-current][data-operation='{second.Id}'][data-state=running]");
        Assert.Equal("running", await StateAsync(second.Id));

        // A move made elsewhere (the API) reaches the open page by server push, without a reload.
        (await admin.PostAsJsonAsync($"/api/v1/operations/{second.Id}/pause", new { reason = "Called away" }, TestHost.Json)).EnsureSuccessStatusCode();
        await page.WaitForSelectorAsync($"[data-current][data-operation='{second.Id}'][data-state=paused]");
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"), "the page was reloaded");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("desktop-terminal-machine"), FullPage = true });

        Assert.Empty(violations);
        Assert.Empty(console);
        // The one refusal the test provoked is the only error answer the page got.
        Assert.Equal([$"409 {Server.Address}shopfloor/operations/{second.Id}/start"], network.Errors());
        Assert.StartsWith("ord_", orderId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MachineTerminal_AtPhoneWidth_ButtonsAreLargeAndThePageFits()
    {
        var (_, steps) = await SubmitOrderAsync(2);
        var email = await CreateUserAsync("operator", "Pat Phone");
        var page = await NewPageAsync(390, 844);
        var violations = await CspViolations.WatchAsync(page);
        var console = WatchConsole(page);
        await SignInAsAsync(page, email, "/shopfloor");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("phone-terminal-index"), FullPage = true });
        Assert.True(await FitsAsync(page), "the index is wider than the phone");

        await page.GotoAsync($"/shopfloor/machines/{steps[0].MachineId}");
        await page.WaitForSelectorAsync("[data-terminal][data-stream=connected]");
        await AssertLargeAsync(page, "[data-current] [data-action=start]");
        await AssertLargeAsync(page, "[data-queue] [data-action=start]");
        var running = (await page.GetAttributeAsync("[data-current]", "data-operation"))!;
        await page.ClickAsync("[data-current] [data-action=start]");
        await page.WaitForSelectorAsync("[data-current][data-state=running]");
        await AssertLargeAsync(page, "[data-current] [data-action=pause]");
        await AssertLargeAsync(page, "[data-current] [data-action=finish]");
        Assert.True(await FitsAsync(page), "the terminal is wider than the phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("phone-terminal-machine"), FullPage = true });

        await page.ClickAsync("[data-current] [data-action=finish]");
        foreach (var control in new[] { "[data-step=finish-scrap][data-delta='1']", "[data-step=finish-scrap][data-delta='-1']", "#finish-scrap", "[data-confirm=finish]" })
        {
            await AssertLargeAsync(page, $"[data-finish-dialog] {control}");
        }
        // A count the server refuses (good must be 1) is said in the dialog, which stays open; nothing changes.
        await page.ClickAsync("[data-finish-dialog] [data-step=finish-good][data-delta='-1']");
        await page.ClickAsync("[data-finish-dialog] [data-confirm=finish]");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-finish-dialog] [data-dialog-error]').textContent.includes('good must be 1')");
        Assert.True(await page.IsVisibleAsync("[data-finish-dialog]"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("phone-terminal-finish") });
        Assert.Equal("running", await StateAsync(running));
        Assert.Empty(violations);
        Assert.Empty(console);
    }

    [Fact]
    public async Task Shopfloor_CustomerOrPostWithoutToken_IsRefusedAndNothingChanges()
    {
        var (_, steps) = await SubmitOrderAsync(1);
        var first = steps[0];
        using var admin = Server.Client();
        var customer = await admin.PostAsJsonAsync("/api/v1/customers", new { name = "Curious Customer Ltd", email = $"{Guid.NewGuid():N}@example.com" }, TestHost.Json);
        customer.EnsureSuccessStatusCode();
        var customerId = (await customer.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("id").GetString();
        var customerEmail = await CreateUserAsync("customer", "Curious Customer", customerId);

        var page = await NewPageAsync();
        await SignInAsAsync(page, customerEmail, "/orders");
        Assert.False(await page.IsVisibleAsync("#mf-nav a.mf-nav-link[href=shopfloor]"), "customers see the shop-floor entry");
        foreach (var path in new[] { $"/shopfloor/machines/{first.MachineId}", "/shopfloor" })
        {
            await page.GotoAsync(path);
            Assert.Contains("/denied", page.Url, StringComparison.Ordinal);
            Assert.Contains("Not allowed", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        }
        var asCustomer = await PostAsync(page, $"shopfloor/operations/{first.Id}/start", "");
        Assert.Equal(403, asCustomer.Status);

        // An operator's own browser, but a post without the antiforgery token (as a forged form would be): refused.
        var email = await CreateUserAsync("operator", "Otto Operator");
        var operatorPage = await NewPageAsync();
        await SignInAsAsync(operatorPage, email, $"/shopfloor/machines/{first.MachineId}");
        var forged = await PostAsync(operatorPage, $"shopfloor/operations/{first.Id}/start", "");
        Assert.Equal(400, forged.Status);
        Assert.Equal("released", await StateAsync(first.Id));
        // With the token, bad counts name the field; an unknown operation is 404; an oversized reason is refused.
        var started = await PostAsync(operatorPage, $"shopfloor/operations/{first.Id}/start", "token");
        Assert.Equal(200, started.Status);
        var badCount = await PostAsync(operatorPage, $"shopfloor/operations/{first.Id}/finish", "token", ("good", "1"), ("scrap", "lots"));
        Assert.Equal(400, badCount.Status);
        Assert.Contains("scrap must be a whole number", badCount.Body, StringComparison.Ordinal);
        var huge = await PostAsync(operatorPage, $"shopfloor/operations/{first.Id}/finish", "token", ("good", "1"), ("scrap", new string('9', 5000)));
        Assert.Equal(400, huge.Status);
        var longReason = await PostAsync(operatorPage, $"shopfloor/operations/{first.Id}/pause", "token", ("reason", new string('x', 501)));
        Assert.Equal(400, longReason.Status);
        Assert.Contains("reason", longReason.Body, StringComparison.Ordinal);
        var unknown = await PostAsync(operatorPage, "shopfloor/operations/oln_nothing.1.bend/start", "token");
        Assert.Equal(404, unknown.Status);
        var record = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/operations/{first.Id}", TestHost.Json);
        Assert.Equal("running", record.GetProperty("state").GetString());
        Assert.Single(record.GetProperty("events").EnumerateArray());

        await operatorPage.GotoAsync("/shopfloor/machines/mch_no_such_machine");
        Assert.Contains("No machine with id 'mch_no_such_machine'", await operatorPage.InnerTextAsync("[data-terminal-error]"), StringComparison.Ordinal);
    }

    private sealed record Step(string Id, string MachineId);

    // A fresh order of wall shelves and its unit's operations in routing order, once the live plan holds them.
    private async Task<(string OrderId, List<Step> Steps)> SubmitOrderAsync(int quantity)
    {
        using var admin = Server.Client();
        var customer = await admin.PostAsJsonAsync("/api/v1/customers", new { name = "Floor Test Ltd", email = $"{Guid.NewGuid():N}@example.com" }, TestHost.Json);
        customer.EnsureSuccessStatusCode();
        var customerId = (await customer.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("id").GetString();
        var order = await admin.PostAsJsonAsync("/api/v1/orders", new
        {
            customerId,
            lines = new[] { new { templateId = "wall-shelf", templateVersion = "1.0.0", quantity, parameters = new Dictionary<string, string>() } },
        }, TestHost.Json);
        order.EnsureSuccessStatusCode();
        var orderId = (await order.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("id").GetString()!;
        var plan = await PlanWatch.WaitForVersionAsync(admin, 0, p => PlanWatch.OperationsOf(p, orderId).Count() == 4 * quantity);
        var ops = PlanWatch.OperationsOf(plan, orderId).Where(o => o.GetProperty("unit").GetInt32() == 1).ToList();
        var ordered = new List<Step>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (ops.Count > 0)
        {
            var next = ops.First(o => o.GetProperty("after").EnumerateArray().All(a => done.Contains(a.GetString()!)));
            ordered.Add(new Step(next.GetProperty("operationId").GetString()!, next.GetProperty("machineId").GetString()!));
            done.Add(ordered[^1].Id);
            ops.Remove(next);
        }
        Assert.NotEqual(ordered[0].MachineId, ordered[1].MachineId); // laser, then the press brake
        return (orderId, ordered);
    }

    private async Task<string> StateAsync(string operationId)
    {
        using var admin = Server.Client();
        return (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/operations/{operationId}", TestHost.Json)).GetProperty("state").GetString()!;
    }

    private async Task<string> CreateUserAsync(string role, string name, string? customerId = null)
    {
        using var admin = Server.Client();
        var email = $"{role}-{Guid.NewGuid():N}@example.com";
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = name, role, password = Password, customerId });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return email;
    }

    private static async Task SignInAsAsync(IPage page, string email, string path)
    {
        await page.GotoAsync(path);
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**" + path);
    }

    // A form post from the page's own script context (its cookie), marked as a script's as the terminal marks it (so
    // refusals are 401/403, not redirects); "token" sends the page's antiforgery token.
    private static async Task<(int Status, string Body)> PostAsync(IPage page, string url, string token, params (string Name, string Value)[] fields)
    {
        var answer = await page.EvaluateAsync<JsonElement>("""
            async ([url, withToken, fields]) => {
              const body = new FormData();
              if (withToken) body.append('__RequestVerificationToken', document.querySelector('[data-terminal-token] input[name="__RequestVerificationToken"]').value);
              for (const [name, value] of fields) body.append(name, value);
              const r = await fetch(url, { method: 'POST', body, credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } });
              return { status: r.status, body: await r.text() };
            }
            """, new object[] { url, token == "token", fields.Select(f => new[] { f.Name, f.Value }).ToArray() });
        return (answer.GetProperty("status").GetInt32(), answer.GetProperty("body").GetString()!);
    }

    private static ConcurrentQueue<string> WatchConsole(IPage page)
    {
        var messages = new ConcurrentQueue<string>();
        page.Console += (_, m) =>
        {
            // The browser logs every answer of 400 or more as a console error; those are checked through the network log.
            if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                messages.Enqueue($"{page.Url}: {m.Text}");
            }
        };
        page.PageError += (_, e) => messages.Enqueue($"page error: {e}");
        return messages;
    }

    private static Task<bool> FitsAsync(IPage page) => page.EvaluateAsync<bool>("() => document.scrollingElement.scrollWidth <= innerWidth");

    // Visible, and a touch target of at least 48 CSS pixels in height.
    private static async Task AssertLargeAsync(IPage page, string selector)
    {
        var box = await page.Locator(selector).BoundingBoxAsync();
        Assert.True(box is not null && await page.IsVisibleAsync(selector), $"{selector} is not visible");
        Assert.True(box!.Height >= 48, $"{selector} is {box.Height} px tall");
        Assert.True(box.X >= 0 && box.X + box.Width <= 390 + 0.5 || page.ViewportSize!.Width > 390, $"{selector} leaves the screen ({box.X} + {box.Width})");
    }
}
