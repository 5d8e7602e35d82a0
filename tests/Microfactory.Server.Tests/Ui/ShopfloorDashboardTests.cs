using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microfactory.Server.Tests.Features.Telemetry.TelemetryCalls;

namespace Microfactory.Server.Tests.Ui;

/// <summary>
/// The shop-floor dashboard in a real browser against the real server process taking telemetry from a private
/// Mosquitto broker: a state published with <c>mosquitto_pub</c> reaches the machine's tile by server push (and the
/// state API agrees), counts and energy reach the figures; at phone width the tiles stack and the page fits; people
/// without a shop-floor role are refused.
/// </summary>
public sealed class ShopfloorDashboardTests(ITestOutputHelper output) : BrowserSession
{
    private const string Factory = "fac_kwun_tong";
    private const string Laser = "mch_fiber_laser_1";
    private const string Router = "mch_cnc_router_1";
    private const string Password = "operator password for the dashboard";
    private MosquittoBroker _broker = null!;

    protected override async Task<IReadOnlyDictionary<string, string>?> ServerEnvironmentAsync()
    {
        _broker = await MosquittoBroker.StartAsync();
        return _broker.ServerEnvironment("mf-dashboard-" + Guid.NewGuid().ToString("N")[..8]);
    }

    protected override async Task ServerStoppedAsync() => await _broker.DisposeAsync();

    [Fact]
    public async Task Dashboard_StatePublishedWithMosquittoPub_TileFollowsByServerPush()
    {
        var email = await CreateUserAsync("operator", "Dana Dashboard");
        var page = await NewPageAsync(1440, 1000);
        var violations = await CspViolations.WatchAsync(page);
        var console = WatchConsole(page);
        var network = NetworkLog.Attach(page);
        await SignInAsAsync(page, email, "/shopfloor");
        Assert.True(await page.IsVisibleAsync("#mf-nav a.mf-nav-link[href='shopfloor/dashboard']"));
        var load = Stopwatch.StartNew();
        await page.ClickAsync("a[data-floor-dashboard]");
        await page.WaitForURLAsync("**/shopfloor/dashboard?factory=" + Factory);
        output.WriteLine($"dashboard rendered {load.ElapsedMilliseconds} ms after the click");
        await page.WaitForSelectorAsync("[data-floor][data-stream=connected]");
        await WaitForMqttAsync();
        var tile = page.Locator($"[data-tile][data-machine={Laser}]");
        Assert.Equal("off", await tile.GetAttributeAsync("data-state"));
        Assert.Equal(11, await page.Locator("[data-tile]").CountAsync());
        // OEE as the service computes it, drawn: the factory's and every machine's gauges, and one bar a day for 14 days.
        await page.WaitForSelectorAsync("[data-trend-chart][data-drawn] svg");
        Assert.Equal(14, await page.Locator("[data-trend] tbody tr").CountAsync());
        Assert.Equal(2 + (2 * 11), await page.Locator("[data-gauge][data-drawn]").CountAsync());
        Assert.Equal(11, await page.Locator("[data-oee-machine]").CountAsync());

        // Down, with a reason and the operation it was on: the tile turns to it without a reload.
        await page.EvaluateAsync("window.__sameDocument = true");
        var at = DateTimeOffset.UtcNow.AddSeconds(-2);
        var clock = Stopwatch.StartNew();
        await PublishAsync(Laser, "state", $$"""{"id":"d-1","state":"down","at":"{{At(at)}}","reason":"Nozzle collision","operationId":"oln_test.1.laser-cut"}""");
        await page.WaitForSelectorAsync($"[data-tile][data-machine={Laser}][data-state=down]", new PageWaitForSelectorOptions { Timeout = 15_000 });
        output.WriteLine($"down on the page {clock.ElapsedMilliseconds} ms after mosquitto_pub began");
        Assert.Equal("Down", (await tile.Locator("[data-tile-state]").InnerTextAsync()).Trim(), ignoreCase: true);
        Assert.Equal("laser cut · unit 1", await tile.Locator("[data-tile-operation]").InnerTextAsync());
        Assert.Equal("Nozzle collision", await tile.Locator("[data-tile-reason]").InnerTextAsync());
        Assert.StartsWith("since ", await tile.Locator("[data-tile-since]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("1", await page.InnerTextAsync("[data-summary=down] [data-summary-count]"));
        var api = await StateAsync(Laser);
        Assert.Equal(("down", "Nozzle collision", "mqtt"), (api.GetProperty("state").GetString(), api.GetProperty("reason").GetString(), api.GetProperty("source").GetString()));

        // The machine-down alarm appears by push; Acknowledge records the operator, and the alarm stays listed, seen, while the laser is down.
        var alarm = page.Locator("[data-alarms] [data-alarm][data-state=open]").Filter(new LocatorFilterOptions { HasText = "Fiber laser 1" });
        await alarm.WaitForAsync();
        Assert.Equal("critical", await alarm.GetAttributeAsync("data-severity"));
        Assert.Contains("Machine down · Fiber laser 1", await alarm.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Laser, await alarm.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("1 open", await page.InnerTextAsync("[data-alarm-count]"));
        var alarmId = (await alarm.GetAttributeAsync("data-alarm"))!;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("desktop-shopfloor-dashboard-alarm"), FullPage = true });
        await alarm.Locator("[data-ack]").ClickAsync();
        await page.WaitForSelectorAsync("[data-floor-status][data-tone=ok]");
        await page.WaitForSelectorAsync($"[data-alarm='{alarmId}'][data-state=acknowledged]");
        Assert.Equal(0, await page.Locator($"[data-alarm='{alarmId}'] [data-ack]").CountAsync());
        Assert.StartsWith("Acknowledged Machine down · Fiber laser 1", await page.InnerTextAsync("[data-floor-status]"), StringComparison.Ordinal);
        using (var admin = Server.Client())
        {
            var acked = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/alarms/{alarmId}", TestHost.Json);
            Assert.Equal(("acknowledged", Laser), (acked.GetProperty("state").GetString(), acked.GetProperty("machineId").GetString()));
            Assert.StartsWith("usr_", acked.GetProperty("acknowledgedBy").GetString(), StringComparison.Ordinal);
        }
        await page.WaitForFunctionAsync("() => document.querySelector('[data-alarm-count]').textContent === '1 acknowledged'");

        // Running again; then an older report arriving late changes neither the tile nor the API's answer.
        await PublishAsync(Laser, "state", $$"""{"id":"r-1","state":"running","at":"{{At(at.AddSeconds(1))}}","operationId":"oln_test.1.laser-cut"}""");
        await page.WaitForSelectorAsync($"[data-tile][data-machine={Laser}][data-state=running]");
        // Up again: the alarm clears, and leaves the list.
        await page.WaitForSelectorAsync("[data-alarms-empty]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible });
        Assert.Equal(0, await page.Locator("[data-alarms] [data-alarm]").CountAsync());
        await PublishAsync(Laser, "state", $$"""{"id":"old","state":"idle","at":"{{At(at.AddSeconds(-30))}}"}""");
        await PublishAsync(Router, "state", $$"""{"id":"s-1","state":"setup","at":"{{At(at)}}","reason":"Changeover"}""");
        await page.WaitForSelectorAsync($"[data-tile][data-machine={Router}][data-state=setup]");
        Assert.Equal("running", await tile.GetAttributeAsync("data-state"));
        Assert.Equal("", await tile.Locator("[data-tile-reason]").InnerTextAsync());
        Assert.Equal("running", (await StateAsync(Laser)).GetProperty("state").GetString());

        // Counts and energy reach the tile and the energy table (at most once a second, coalesced).
        var meter = DateTimeOffset.UtcNow.AddSeconds(-20);
        await PublishAsync(Laser, "energy", $$"""{"seq":1,"kwh":100.0,"at":"{{At(meter)}}"}""");
        await PublishAsync(Laser, "energy", $$"""{"seq":2,"kwh":102.5,"at":"{{At(meter.AddSeconds(10))}}"}""");
        for (var i = 1; i <= 5; i++)
        {
            await PublishAsync(Laser, "count", $$"""{"seq":{{i}},"good":1,"scrap":{{(i == 3 ? 1 : 0)}},"at":"{{At(meter.AddSeconds(i))}}"}""");
        }
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-tile][data-machine={Laser}] [data-fig-good]').textContent === '5'");
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-energy-row][data-machine={Laser}] [data-fig-kwh]').textContent === '2.5'");
        Assert.Equal("1", await tile.Locator("[data-fig-scrap]").InnerTextAsync());
        Assert.Equal("0.50", await page.InnerTextAsync($"[data-energy-row][data-machine={Laser}] [data-fig-kwh-per-good]"));
        Assert.Equal("5", await page.InnerTextAsync("[data-energy-row][data-factory-row] [data-fig-good]"));
        // The states and counts moved OEE: an oee event came (at most every 5 s), with the figures the OEE API gives.
        await page.WaitForSelectorAsync("[data-floor][data-oee-at]");
        // The printers work around the clock: always in a shift; this one never reported, so nothing is known of it and
        // it has no OEE (not 0 %), as the OEE API says too.
        var printer = page.Locator("[data-oee-machine=mch_fdm_1]");
        Assert.Equal("shift 00:00–24:00", await printer.Locator("[data-shift-label]").InnerTextAsync());
        using (var admin = Server.Client())
        {
            var from = (await page.GetAttributeAsync("[data-floor]", "data-day-start"))!;
            var oee = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/factories/{Factory}/oee?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(At(DateTimeOffset.UtcNow))}&by=machine", TestHost.Json);
            var row = oee.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("machineId").GetString() == "mch_fdm_1");
            Assert.Equal(JsonValueKind.Null, row.GetProperty("oee").ValueKind);
        }
        Assert.Null(await printer.Locator("[data-gauge=today]").GetAttributeAsync("data-value"));
        Assert.Equal("—", await printer.Locator("[data-gauge=today] [data-gauge-text]").TextContentAsync());
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"), "the page was reloaded");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("desktop-shopfloor-dashboard"), FullPage = true });

        // A reload renders what was pushed.
        await page.ReloadAsync();
        Assert.Equal("running", await tile.GetAttributeAsync("data-state"));
        Assert.Equal("setup", await page.GetAttributeAsync($"[data-tile][data-machine={Router}]", "data-state"));
        Assert.Equal("5", await tile.Locator("[data-fig-good]").InnerTextAsync());

        Assert.Empty(violations);
        Assert.Empty(console);
        Assert.Empty(network.Errors());
    }

    [Fact]
    public async Task Dashboard_AtPhoneWidth_TilesStackAndThePageFits()
    {
        var email = await CreateUserAsync("operator", "Pia Phone");
        var page = await NewPageAsync(390, 844);
        var violations = await CspViolations.WatchAsync(page);
        var console = WatchConsole(page);
        var network = NetworkLog.Attach(page);
        await SignInAsAsync(page, email, "/shopfloor/dashboard");
        await page.WaitForSelectorAsync("[data-floor][data-stream=connected]");
        await WaitForMqttAsync();
        await PublishAsync(Laser, "state", $$"""{"id":"p-1","state":"running","at":"{{At(DateTimeOffset.UtcNow.AddSeconds(-90))}}","operationId":"oln_phone.2.laser-cut"}""");
        await PublishAsync(Router, "state", $$"""{"id":"p-2","state":"down","at":"{{At(DateTimeOffset.UtcNow.AddMinutes(-7))}}","reason":"Spindle overheated"}""");
        await page.WaitForSelectorAsync($"[data-tile][data-machine={Router}][data-state=down]");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("phone-shopfloor-dashboard"), FullPage = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("phone-shopfloor-dashboard-top") });
        await page.Locator("[data-alarms-card]").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("phone-shopfloor-dashboard-oee") });
        var wide = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > innerWidth + 0.5).slice(0, 5).map(e => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)");
        Assert.True(await page.EvaluateAsync<bool>("() => document.scrollingElement.scrollWidth <= innerWidth"), $"the dashboard is wider than the phone: {string.Join(", ", wide)}");
        var boxes = await page.Locator("[data-tile]").EvaluateAllAsync<double[][]>("tiles => tiles.map(t => { const r = t.getBoundingClientRect(); return [r.left, r.top, r.width, r.bottom]; })");
        Assert.Equal(11, boxes.Length);
        for (var i = 0; i < boxes.Length; i++)
        {
            Assert.True(boxes[i][0] >= 0 && boxes[i][0] + boxes[i][2] <= 390.5, $"tile {i} leaves the screen ({boxes[i][0]} + {boxes[i][2]})");
            Assert.True(boxes[i][2] >= 300, $"tile {i} is {boxes[i][2]} px wide: not one tile a row");
            Assert.True(i == 0 || (Math.Abs(boxes[i][0] - boxes[0][0]) < 0.5 && boxes[i][1] >= boxes[i - 1][3]), $"tile {i} is not below tile {i - 1}");
        }
        Assert.Empty(violations);
        Assert.Empty(console);
        Assert.Empty(network.Errors());
    }

    [Fact]
    public async Task Dashboard_CustomerOrUnknownFactory_IsRefused()
    {
        using var admin = Server.Client();
        var customer = await admin.PostAsJsonAsync("/api/v1/customers", new { name = "Peeking Customer Ltd", email = $"{Guid.NewGuid():N}@example.com" }, TestHost.Json);
        customer.EnsureSuccessStatusCode();
        var customerId = (await customer.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("id").GetString();
        var customerEmail = await CreateUserAsync("customer", "Peeking Customer", customerId);
        var page = await NewPageAsync();
        await SignInAsAsync(page, customerEmail, "/orders");
        await page.GotoAsync("/shopfloor/dashboard");
        Assert.Contains("/denied", page.Url, StringComparison.Ordinal);
        Assert.Equal(403, await StatusAsync(page, $"shopfloor/{Factory}/events"));

        var email = await CreateUserAsync("operator", "Uma Unknown");
        var floor = await NewPageAsync();
        await SignInAsAsync(floor, email, "/shopfloor/dashboard?factory=fac_nowhere");
        Assert.Contains("No factory with id 'fac_nowhere'", await floor.InnerTextAsync("[data-floor-error]"), StringComparison.Ordinal);
        Assert.Equal(404, await StatusAsync(floor, "shopfloor/fac_nowhere/events"));
        Assert.Equal(404, await StatusAsync(floor, $"shopfloor/{new string('x', 5000)}/events"));

        // Acknowledge: a customer is refused; an operator's post without the antiforgery token (a forged form) too;
        // with it, an unknown alarm is not found and an oversized note names the field.
        Assert.Equal(403, (await PostAsync(page, "shopfloor/alarms/alm_anything/ack", false)).Status);
        await floor.GotoAsync("/shopfloor/dashboard");
        Assert.Equal(400, (await PostAsync(floor, "shopfloor/alarms/alm_anything/ack", false)).Status);
        var unknown = await PostAsync(floor, "shopfloor/alarms/alm_nothing_here/ack", true);
        Assert.Equal(404, unknown.Status);
        Assert.Contains("No alarm with id 'alm_nothing_here'", unknown.Body, StringComparison.Ordinal);
        var longNote = await PostAsync(floor, "shopfloor/alarms/alm_nothing_here/ack", true, ("note", new string('n', 501)));
        Assert.Equal(400, longNote.Status);
        Assert.Contains("note must be at most 500 characters", longNote.Body, StringComparison.Ordinal);
    }

    // A form post from the page's own script context (its cookie), marked as a script's; withToken sends the page's antiforgery token.
    private static async Task<(int Status, string Body)> PostAsync(IPage page, string url, bool withToken, params (string Name, string Value)[] fields)
    {
        var answer = await page.EvaluateAsync<JsonElement>("""
            async ([url, withToken, fields]) => {
              const body = new FormData();
              if (withToken) body.append('__RequestVerificationToken', document.querySelector('[data-floor-token] input[name="__RequestVerificationToken"]').value);
              for (const [name, value] of fields) body.append(name, value);
              const r = await fetch(url, { method: 'POST', body, credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } });
              return { status: r.status, body: await r.text() };
            }
            """, new object[] { url, withToken, fields.Select(f => new[] { f.Name, f.Value }).ToArray() });
        return (answer.GetProperty("status").GetInt32(), answer.GetProperty("body").GetString()!);
    }

    private async Task WaitForMqttAsync()
    {
        using var admin = Server.Client();
        Assert.True(await EventuallyAsync(async () => (await admin.GetFromJsonAsync<JsonElement>("/api/v1/telemetry/stats")).GetProperty("mqtt").GetProperty("connected").GetBoolean(), TimeSpan.FromSeconds(30)), _broker.Log);
    }

    // What a machine publishes, sent with Mosquitto's own command-line client at QoS 1.
    private async Task PublishAsync(string machine, string kind, string payload)
    {
        var start = new ProcessStartInfo("mosquitto_pub") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-h", _broker.Host, "-p", _broker.Port.ToString(CultureInfo.InvariantCulture), "-q", "1", "-t", $"mf/{Factory}/{machine}/{kind}", "-m", payload })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
    }

    private async Task<JsonElement> StateAsync(string machine)
    {
        using var admin = Server.Client();
        return await admin.GetFromJsonAsync<JsonElement>($"/api/v1/machines/{machine}/state", TestHost.Json);
    }

    private static string At(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    // The status of a GET from the page's own script context (its cookie), without reading a stream's body.
    private static Task<int> StatusAsync(IPage page, string url) => page.EvaluateAsync<int>("""
        async (url) => {
          const stop = new AbortController();
          const r = await fetch(url, { credentials: 'same-origin', signal: stop.signal, headers: { 'X-Requested-With': 'XMLHttpRequest' } });
          stop.abort();
          return r.status;
        }
        """, url);

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

    private static ConcurrentQueue<string> WatchConsole(IPage page)
    {
        var messages = new ConcurrentQueue<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                messages.Enqueue($"{page.Url}: {m.Text}");
            }
        };
        page.PageError += (_, e) => messages.Enqueue($"page error: {e}");
        return messages;
    }
}
