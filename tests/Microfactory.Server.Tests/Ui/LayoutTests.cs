using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>The main pages as people see them: on a phone and on a desktop, with names instead of ids, prices with
/// their currency, no missing assets, and nothing that a strict Content-Security-Policy would block.</summary>
public sealed partial class LayoutTests : BrowserSession
{
    private static readonly string[] MainPages = ["/", "/machines", "/materials", "/suppliers", "/catalogue", "/catalogue/wall-shelf", "/catalogue/phone-stand", "/orders", "/plan", "/shopfloor", "/shopfloor/dashboard", "/shopfloor/machines/mch_fiber_laser_1", "/maturity", "/maturity/report"];

    [Fact]
    public async Task MainPages_AtPhoneWidth_FitTheScreenAndTheMenuOpensAndNavigates()
    {
        var page = await SignedInPageAsync("/", 390, 844);
        var network = NetworkLog.Attach(page);
        foreach (var path in MainPages)
        {
            await page.GotoAsync(path);
            var fit = await page.EvaluateAsync<double[]>("() => [document.scrollingElement.scrollWidth, innerWidth, document.querySelector('main').getBoundingClientRect().width]");
            Assert.True(fit[0] <= fit[1], $"{path}: the page is {fit[0]} px wide in a {fit[1]} px window");
            Assert.True(fit[2] >= fit[1] - 2, $"{path}: the content is {fit[2]} px wide in a {fit[1]} px window");
            Assert.False(await page.IsVisibleAsync("#mf-nav"), $"{path}: the navigation takes room on a phone");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("phone" + path.Replace('/', '-')), FullPage = true });
        }

        await page.GotoAsync("/machines");
        await page.ClickAsync(".mf-menu-button");
        await page.WaitForSelectorAsync("#mf-nav.show a.mf-nav-link[href=materials]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("phone-menu") });
        await page.ClickAsync("#mf-nav a.mf-nav-link[href=materials]");
        await page.WaitForURLAsync("**/materials");
        await page.WaitForSelectorAsync("tr[data-material]");
        Assert.False(await page.IsVisibleAsync("#mf-nav"));
        // The menu closes with its button, too.
        await page.ClickAsync(".mf-menu-button");
        await page.WaitForSelectorAsync("#mf-nav.show", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible });
        await page.ClickAsync("#mf-nav .btn-close");
        await page.WaitForSelectorAsync("#mf-nav", new PageWaitForSelectorOptions { State = WaitForSelectorState.Hidden });
        Assert.Empty(network.Errors());
    }

    [Fact]
    public async Task MainPages_OnADesktop_ShowTheSidebarNamesAndPricesWithCurrency()
    {
        var page = await SignedInPageAsync("/");
        var network = NetworkLog.Attach(page);
        foreach (var path in MainPages)
        {
            await page.GotoAsync(path);
            Assert.True(await page.IsVisibleAsync("#mf-nav a.mf-nav-link[href=machines]"), $"{path}: no sidebar");
            Assert.False(await page.IsVisibleAsync(".mf-menu-button"), $"{path}: a menu button on a wide screen");
            var text = await page.InnerTextAsync("main");
            var ids = RawId().Matches(text).Select(m => m.Value).Distinct().ToList();
            Assert.True(ids.Count == 0, $"{path} shows ids to people: {string.Join(", ", ids)}");
            Assert.True(await page.EvaluateAsync<bool>("() => document.scrollingElement.scrollWidth <= innerWidth"), $"{path} is wider than the window");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("desktop" + path.Replace('/', '-')), FullPage = true });
        }

        await page.GotoAsync("/machines");
        var laser = page.Locator("tr[data-machine=mch_fiber_laser_1]");
        Assert.Equal("HKD 680.00 / h", (await laser.Locator("td[data-rate]").InnerTextAsync()).Trim());
        Assert.Equal("Laser cutting, sheet metal", (await laser.Locator("[data-capability=cap_laser_cut_metal]").InnerTextAsync()).Trim());

        await page.GotoAsync("/materials");
        var steel = page.Locator("tr[data-material=mat_steel_dc01_1_5]");
        Assert.Equal("HKD 9.80 / kg", (await steel.Locator("td[data-price]").InnerTextAsync()).Trim());
        Assert.Equal("Kwun Tong Metals Trading Ltd.", (await steel.Locator("td[data-supplier]").InnerTextAsync()).Trim());
        Assert.Equal("HKD 95.00 / m²", (await page.Locator("tr[data-material=mat_plywood_birch_6] td[data-price]").InnerTextAsync()).Trim());
        Assert.Empty(network.Errors());
    }

    [Fact]
    public async Task MainPages_UnderAStrictContentSecurityPolicy_WorkWithoutViolations()
    {
        var page = await NewPageAsync();
        var violations = new ConcurrentQueue<string>();
        await page.ExposeFunctionAsync("__violation", (string report) => violations.Enqueue(report));
        await page.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', (e) => {
              const report = `${location.pathname}: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`;
              window.__violations.push(report);
              window.__violation(report);
            });
            """);
        await SignInAsync(page, "/");

        foreach (var path in MainPages)
        {
            // The server's own policy: scripts and styles from the origin only (the import map by its hash), no
            // inline handlers, no style attributes.
            var policy = await (await page.GotoAsync(path))!.HeaderValueAsync("content-security-policy") ?? "";
            Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        }
        await page.GotoAsync("/catalogue/wall-shelf");
        await page.FillAsync("#p-length", "1000");
        await page.WaitForSelectorAsync("#p-length.is-invalid");
        await page.GotoAsync("/catalogue/phone-stand");
        await page.WaitForSelectorAsync("canvas.mf-stl[data-shown]");
        await page.FillAsync("#p-width", "90");
        await page.WaitForFunctionAsync("() => (document.querySelector('canvas.mf-stl').dataset.shown || '').includes('width=90')");
        await page.SetViewportSizeAsync(390, 844);
        await page.ClickAsync(".mf-menu-button");
        await page.WaitForSelectorAsync("#mf-nav.show", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible });

        Assert.Empty(violations);
        // The check can fail: a style attribute written by a script is reported like any inline style.
        await page.EvaluateAsync("document.body.setAttribute('style', 'outline: 0')");
        await page.WaitForFunctionAsync("() => window.__violations.some(v => v.includes('style-src'))");
    }

    // Ids as the platform makes them: a short prefix, an underscore, then lower-case words (cap_fdm_printing, mat_…).
    [GeneratedRegex(@"\b(?:cap|mat|sup|mch|fac|ord|cus|usr)_[a-z0-9_]+\b")]
    private static partial Regex RawId();
}
