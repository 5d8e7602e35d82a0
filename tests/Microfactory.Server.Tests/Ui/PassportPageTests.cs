using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Core.Demo;
using Microfactory.Server.Tests.Support;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>
/// Anyone who scans a product's QR code reads its passport page without signing in: what it is, its materials, its footprint
/// drawn by stage, how it was made, how to take it apart and every download working, at desktop and phone width, with nothing
/// about its customer or its order; the printable label carries the QR code and the page's address; the order's and the unit's
/// pages lead there.
/// </summary>
public sealed class PassportPageTests : BrowserSession
{
    /// <summary>One wall shelf made from start to finish through the operator API for a new customer.</summary>
    private async Task<(string Order, string Serial, string Customer, string Name, string Email)> MakeUnitAsync()
    {
        using var admin = Server.Client();
        var name = $"Passport reader {Guid.NewGuid():N}";
        var email = $"{Guid.NewGuid():N}@example.com";
        var customer = (await (await admin.PostAsJsonAsync("/api/v1/customers", new { name, email })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var (order, serial) = await MadeUnits.WallShelfAsync(admin, customer);
        return (order, serial, customer, name, email);
    }

    [Fact]
    public async Task PassportPage_Anonymous_ShowsTheUnitsStoryAndDownloadsWithoutCustomerData()
    {
        var (order, serial, customer, name, email) = await MakeUnitAsync();
        var page = await NewPageAsync();
        var violations = await CspViolations.WatchAsync(page);
        var network = NetworkLog.Attach(page);
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };

        var response = await page.GotoAsync($"/p/{serial}");
        Assert.Equal(200, response!.Status);
        await page.WaitForSelectorAsync("[data-footprint-chart][data-rendered=true] svg");
        Assert.Equal("unit", await page.GetAttributeAsync("[data-passport]", "data-passport"));
        Assert.Equal(serial, await page.InnerTextAsync("[data-serial]"));
        Assert.Equal("Powder-coated steel wall shelf", await page.InnerTextAsync("[data-product]"));
        Assert.Equal("800 mm", await page.InnerTextAsync("[data-parameter=length] dd"));
        // Steel blank and powder coat; the carton packs the product and is not part of it.
        Assert.Equal(2, await page.Locator("[data-section=materials] tr[data-material]").CountAsync());
        Assert.Equal(0, await page.Locator("tr[data-material=mat_carton_box]").CountAsync());
        Assert.Equal("actual", await page.GetAttributeAsync("[data-footprint]", "data-kind"));
        Assert.Equal(4, await page.Locator("[data-section=made] tr[data-operation]").CountAsync());
        Assert.Equal(1, await page.Locator("[data-section=disassembly] [data-step]").CountAsync());
        var text = await page.InnerTextAsync("body");
        var html = await page.ContentAsync();
        foreach (var secret in new[] { name, email, customer, order, "usr_", "cus_", "ord_", "admin@microfactory.local" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
        }
        Assert.DoesNotContain("Sign out", text, StringComparison.Ordinal);

        // Every download answers, anonymously, with what it says it is.
        var downloads = page.Locator("[data-section=downloads] a[data-download]");
        Assert.Equal(5, await downloads.CountAsync());
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["json"] = "application/json", ["aasx"] = "application/asset-administration-shell-package+xml", ["shelf-flat.svg"] = "image/svg+xml",
            ["shelf-flat.dxf"] = "image/vnd.dxf", ["design.json"] = "application/json",
        };
        for (var i = 0; i < 5; i++)
        {
            var link = downloads.Nth(i);
            var kind = (await link.GetAttributeAsync("data-download"))!;
            var fetched = await page.APIRequest.GetAsync(new Uri(Server.Address, (await link.GetAttributeAsync("href"))!).ToString());
            Assert.Equal(200, fetched.Status);
            Assert.StartsWith(expected[kind], fetched.Headers["content-type"], StringComparison.Ordinal);
        }
        Assert.True(await page.EvaluateAsync<bool>("(() => { const i = document.querySelector('[data-qr]'); return i.complete && i.naturalWidth > 0; })()"), "the QR code did not load");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("passport"), FullPage = true });

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("[data-footprint-chart][data-rendered=true] svg");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"), "the passport page scrolls sideways on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("passport-phone"), FullPage = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("passport-phone-top") });
        await page.Locator("[data-section=downloads]").ScreenshotAsync(new LocatorScreenshotOptions { Path = ShotPath("passport-phone-downloads") });

        // The label: QR code and the page's own address, and a print that shows the label alone.
        await page.SetViewportSizeAsync(1280, 900);
        await page.ClickAsync("[data-label-link]");
        await page.WaitForURLAsync($"**/p/{serial}/label");
        Assert.Equal(new Uri(Server.Address, $"/p/{serial}").ToString(), await page.InnerTextAsync("[data-url]"));
        Assert.True(await page.EvaluateAsync<bool>("(() => { const i = document.querySelector('[data-qr]'); return i.complete && i.naturalWidth > 0; })()"), "the label's QR code did not load");
        await page.Locator("[data-label]").ScreenshotAsync(new LocatorScreenshotOptions { Path = ShotPath("passport-label") });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.IsVisibleAsync("[data-print]"));
        Assert.True(await page.IsVisibleAsync("[data-label]"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("passport-label-print") });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        Assert.Empty(network.Errors());
        Assert.Empty(errors);
        Assert.Empty(violations);

        // An unknown serial: the app's page for a 404.
        var unknown = await page.GotoAsync("/p/SN-NOBODY-001");
        Assert.Equal(404, unknown!.Status);
        Assert.Equal("404", await page.GetAttributeAsync("[data-status]", "data-status"));
    }

    [Fact]
    public async Task OrderAndUnitPages_FinishedUnit_LinkToItsPassport()
    {
        var (order, serial, _, _, _) = await MakeUnitAsync();
        var page = await SignedInPageAsync($"/orders/{order}");
        await page.ClickAsync($"[data-unit='{serial}'] [data-passport-link]");
        await page.WaitForURLAsync($"**/p/{serial}");
        Assert.Equal(serial, await page.InnerTextAsync("[data-serial]"));
        await page.GotoAsync($"/units/{serial}");
        await page.ClickAsync("[data-passport-link]");
        await page.WaitForURLAsync($"**/p/{serial}");
        Assert.Equal("unit", await page.GetAttributeAsync("[data-passport]", "data-passport"));
    }
}
