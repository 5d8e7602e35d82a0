using Microfactory.Server.Tests.Support;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>
/// Every page of the UI under the server's Content-Security-Policy in a real browser: nothing is reported as
/// blocked, and the configure page still runs its live preview and draws the 3D part (ES modules, three.js through
/// the hashed import map).
/// </summary>
public sealed class ContentSecurityPolicyTests : BrowserSession
{
    private const string WatchViolations = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
        """;

    [Fact]
    public async Task EveryPage_UnderThePolicy_ReportsNothingBlockedAndThe3DPreviewDraws()
    {
        var page = await NewPageAsync();
        await page.AddInitScriptAsync(WatchViolations);
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                console.Add($"{page.Url}: {message.Text}");
            }
        };
        var violations = new List<string>();
        async Task CollectAsync() => violations.AddRange((await page.EvaluateAsync<string[]>("window.__violations")).Select(v => $"{page.Url}: {v}"));

        var login = await page.GotoAsync("/login");
        Assert.Contains("frame-ancestors 'none'", await login!.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
        await CollectAsync();
        await page.FillAsync("#email", "admin@microfactory.local");
        await page.FillAsync("#password", ServerProcess.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-factory=fac_kwun_tong]");
        await CollectAsync();

        foreach (var path in new[] { "/machines", "/materials", "/suppliers", "/catalogue", "/catalogue/publish", "/account/api-keys", "/no-such-page" })
        {
            await page.GotoAsync(path);
            await CollectAsync();
        }
        Assert.Contains("Page not found", await page.InnerTextAsync("h1"), StringComparison.Ordinal);

        // The maturity page draws its radar with echarts (SVG) and the report wires its print button from a module.
        foreach (var path in new[] { "/maturity", "/maturity/report" })
        {
            await page.GotoAsync(path);
            await page.WaitForSelectorAsync("[data-radar][data-rendered=true] svg");
            await CollectAsync();
        }

        // The shop-floor dashboard draws its gauges and OEE trend with echarts (SVG) and listens to its event stream.
        await page.GotoAsync("/shopfloor/dashboard");
        await page.WaitForSelectorAsync("[data-floor][data-stream=connected] [data-trend-chart][data-drawn] svg");
        await page.WaitForSelectorAsync("[data-gauge=factory-today][data-drawn] svg");
        await CollectAsync();

        await page.GotoAsync("/catalogue/wall-shelf");
        await page.WaitForSelectorAsync("form[data-live=ready]");
        await page.FillAsync("#p-length", "700");
        await page.WaitForURLAsync("**length=700**");
        await CollectAsync();

        await page.GotoAsync("/catalogue/phone-stand");
        await page.WaitForSelectorAsync("canvas.mf-stl[data-triangles]");
        Assert.True(int.Parse(await page.GetAttributeAsync("canvas.mf-stl", "data-triangles") ?? "0", System.Globalization.CultureInfo.InvariantCulture) > 12);
        await CollectAsync();

        Assert.True(violations.Count == 0, "Blocked by the policy:\n" + string.Join("\n", violations));
        Assert.DoesNotContain(console, c => c.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || c.Contains("Refused to", StringComparison.Ordinal));

        // The watch itself works: an inline script, as an injection would add, is blocked and reported.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.body.append(s); }");
        await page.WaitForFunctionAsync("window.__violations.length > 0");
        Assert.False(await page.EvaluateAsync<bool>("window.__ran === true"));
        Assert.StartsWith("script-src", (await page.EvaluateAsync<string[]>("window.__violations"))[0], StringComparison.Ordinal);
    }
}
