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
            Args = ["--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
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

        using var api = new HttpClient { BaseAddress = _server.Address };
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await api.GetAsync("/api/v1/machines")).StatusCode);

        await page.GotoAsync("/account/api-keys");
        await page.Locator("tr", new PageLocatorOptions { HasText = "browser test" }).Locator("text=Revoke").ClickAsync();
        Assert.Contains("The key was revoked.", await page.InnerTextAsync(".alert-warning"), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/machines")).StatusCode);
    }

    [Fact]
    public async Task Configure_ChangingAParameter_UpdatesPreviewAndRuleMessagesInPlace()
    {
        var page = await SignedInPageAsync("/catalogue");
        Assert.Equal(4, await page.Locator("[data-template]").CountAsync());
        await page.ClickAsync("[data-template=wall-shelf] >> text=Configure");
        await page.WaitForSelectorAsync(".mf-svg-preview svg");
        var firstPreview = await page.InnerHTMLAsync(".mf-svg-preview");
        await page.WaitForSelectorAsync("form[data-live=ready]");
        await page.EvaluateAsync("window.__sameDocument = true");

        await page.FillAsync("#p-length", "1000");
        await page.Locator(".mf-field-message[data-for=length]").GetByText("2.0 mm").WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"), "the page reloaded instead of updating in place");
        Assert.Equal(0, await page.Locator(".mf-svg-preview").CountAsync());

        await page.SelectOptionAsync("#p-material", "mat_steel_dc01_2_0");
        await page.WaitForSelectorAsync(".mf-svg-preview svg");
        Assert.Equal("", (await page.InnerTextAsync(".mf-field-message[data-for=length]")).Trim());
        Assert.NotEqual(firstPreview, await page.InnerHTMLAsync(".mf-svg-preview"));
        Assert.Contains("length=1000", page.Url, StringComparison.Ordinal);

        var dxfLink = await page.GetAttributeAsync("a[download$='.dxf']", "href");
        var dxf = await page.APIRequest.GetAsync(dxfLink!);
        Assert.Equal(200, dxf.Status);
        Assert.Contains("AC1009", await dxf.TextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "mf-ui-configure.png"), FullPage = true });
    }

    [Fact]
    public async Task Configure_PrintedPart_ShowsTheStlIn3D()
    {
        var page = await SignedInPageAsync("/catalogue/phone-stand");
        await page.WaitForSelectorAsync("canvas.mf-stl[data-triangles]");
        Assert.True(int.Parse(await page.GetAttributeAsync("canvas.mf-stl", "data-triangles") ?? "0", System.Globalization.CultureInfo.InvariantCulture) > 12);
        // The part is drawn, not just loaded: count the canvas's blue (part-coloured) pixels.
        var partPixels = await page.EvaluateAsync<int>("""
            () => {
              const c = document.querySelector('canvas.mf-stl');
              const copy = document.createElement('canvas');
              copy.width = c.width; copy.height = c.height;
              const g = copy.getContext('2d');
              g.drawImage(c, 0, 0);
              const d = g.getImageData(0, 0, copy.width, copy.height).data;
              let n = 0;
              for (let i = 0; i < d.length; i += 4) { if (d[i + 2] > 120 && d[i] < 90) n++; }
              return n;
            }
            """);
        Assert.True(partPixels > 2000, $"only {partPixels} pixels of the part were drawn");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "mf-ui-stl.png"), FullPage = true });
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

    private async Task<IPage> NewPageAsync()
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = _server.Address.ToString() });
        // CI machines are shared and slow at times: wait generously; the assertions, not the clock, decide.
        page.SetDefaultTimeout(90_000);
        return page;
    }

    private async Task<IPage> SignedInPageAsync(string path)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(path);
        await page.FillAsync("#email", "admin@microfactory.local");
        await page.FillAsync("#password", ServerProcess.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**" + path);
        return page;
    }
}
