using Microfactory.Server.Tests.Support;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>The web UI in a real browser (Debian's Chromium driven by Playwright) against the real server process: sign-in, API keys, publishing.</summary>
public sealed class BrowserTests : BrowserSession
{
    [Fact]
    public async Task Dashboard_AfterSignIn_ShowsTheDemoFactoryItsMachinesAndEnergyProfile()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("/");
        Assert.EndsWith("/login?ReturnUrl=%2F", page.Url, StringComparison.Ordinal);

        await page.FillAsync("#email", "admin@microfactory.local");
        await page.FillAsync("#password", "not the password");
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("The e-mail or the password is wrong.", await page.InnerTextAsync(".alert-danger"), StringComparison.Ordinal);

        await page.FillAsync("#password", ServerProcess.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-factory=fac_kwun_tong]");
        Assert.Contains("Kwun Tong Microfactory", await page.InnerTextAsync("[data-factory=fac_kwun_tong] h2"), StringComparison.Ordinal);
        Assert.Equal(11, await page.Locator("tr[data-machine]").CountAsync());
        Assert.Equal(24, await page.Locator("figure.mf-chart rect").CountAsync());
        var css = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.btn-outline-secondary')).borderTopStyle");
        Assert.Equal("solid", css); // Bootstrap from npm is served and applied

        await page.ClickAsync("a.mf-nav-link[href=materials]");
        await page.WaitForSelectorAsync("tr[data-material]");
        Assert.Equal(16, await page.Locator("tr[data-material]").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("materials"), FullPage = true });

        await page.ClickAsync("text=Sign out");
        await page.WaitForURLAsync("**/login");
        await page.GotoAsync("/machines");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKeysPage_CreatedKeyWorksOnTheApiUntilRevoked()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/api-keys");
        await page.FillAsync("#email", "admin@microfactory.local");
        await page.FillAsync("#password", ServerProcess.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/account/api-keys");

        await page.ClickAsync("text=Create key");
        Assert.Contains("Name is required.", await page.InnerTextAsync("form:has(#key-name)"), StringComparison.Ordinal);
        await page.FillAsync("#key-name", "browser test");
        await page.ClickAsync("text=Create key");
        var token = (await page.InnerTextAsync("#new-api-key")).Trim();
        Assert.StartsWith("mf_", token, StringComparison.Ordinal);

        using var api = new HttpClient { BaseAddress = Server.Address };
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await api.GetAsync("/api/v1/machines")).StatusCode);

        await page.GotoAsync("/account/api-keys");
        await page.Locator("tr", new PageLocatorOptions { HasText = "browser test" }).Locator("text=Revoke").ClickAsync();
        Assert.Contains("The key was revoked.", await page.InnerTextAsync(".alert-warning"), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/machines")).StatusCode);
    }

    [Fact]
    public async Task Publish_NewVersion_AppearsInTheCatalogueAndBrokenOnesShowLineAndColumn()
    {
        var page = await SignedInPageAsync("/catalogue/publish");
        await page.FillAsync("#template-source", "id: broken-one\nversion: 1.0.0\ntitle: Broken\n");
        await page.ClickAsync("text=Validate and publish");
        Assert.Contains("line", await page.InnerTextAsync("[data-problems]"), StringComparison.Ordinal);

        var shelf = Microfactory.Design.Catalogue.ShippedTemplates.Find("wall-shelf")!.Yaml.Replace("version: 1.0.0", "version: 1.1.0", StringComparison.Ordinal);
        await page.FillAsync("#template-source", shelf);
        await page.ClickAsync("text=Validate and publish");
        await page.WaitForSelectorAsync("[data-published=wall-shelf]");
        await page.GotoAsync("/catalogue");
        Assert.Contains("v1.1.0", await page.InnerTextAsync("[data-template=wall-shelf]"), StringComparison.Ordinal);
    }
}
