using Microfactory.Server.Tests.Support;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>The web UI in a real browser (Debian's Chromium driven by Playwright) against the real server process.</summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServerProcess _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("sqlite", migrate: false);
        var work = Path.Combine(Path.GetTempPath(), "mf-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        _server = await ServerProcess.StartAsync(_database.ConnectionString, work);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // As root Chromium needs --no-sandbox; the network flags keep it from calling out of this closed machine.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        _server.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Dashboard_AfterSignIn_ShowsTheDemoFactoryItsMachinesAndEnergyProfile()
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = _server.Address.ToString() });

        await page.GotoAsync("/");
        Assert.EndsWith("/login?ReturnUrl=%2F", page.Url, StringComparison.Ordinal);

        await page.FillAsync("#email", "admin@microfactory.local");
        await page.FillAsync("#password", "not the password");
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("The e-mail or the password is wrong.", await page.InnerTextAsync(".alert-danger"), StringComparison.Ordinal);

        await page.FillAsync("#password", ServerProcess.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-factory=fac_kwun_tong]");
        Assert.Contains("Kwun Tong Microfactory", await page.InnerTextAsync("h2"), StringComparison.Ordinal);
        Assert.Equal(11, await page.Locator("tr[data-machine]").CountAsync());
        Assert.Equal(24, await page.Locator("figure.mf-chart rect").CountAsync());
        var css = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.btn-outline-secondary')).borderTopStyle");
        Assert.Equal("solid", css); // Bootstrap from npm is served and applied

        await page.ClickAsync("a.mf-nav-link[href=materials]");
        await page.WaitForSelectorAsync("tr[data-material]");
        Assert.Equal(16, await page.Locator("tr[data-material]").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "mf-ui-materials.png"), FullPage = true });

        await page.ClickAsync("text=Sign out");
        await page.WaitForURLAsync("**/login");
        await page.GotoAsync("/machines");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
    }
}
