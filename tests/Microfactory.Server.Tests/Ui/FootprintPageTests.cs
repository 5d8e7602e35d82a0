using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Core.Demo;
using Microfactory.Server.Tests.Support;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>
/// A person sees footprints in the browser: the catalogue shows each default design's estimate and links to its
/// breakdown; an order's completed unit opens on its actual footprint, drawn and tabled line by line, at desktop
/// and phone width, with no failed request and no console error.
/// </summary>
public sealed class FootprintPageTests : BrowserSession
{
    /// <summary>Makes one wall shelf from start to finish through the operator API; returns the order and the unit's serial.</summary>
    private async Task<(string Order, string Serial)> MakeUnitAsync()
    {
        using var admin = Server.Client();
        var customer = (await (await admin.PostAsJsonAsync("/api/v1/customers", new { name = "Footprint viewer", email = $"{Guid.NewGuid():N}@example.com" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        return await MadeUnits.WallShelfAsync(admin, customer);
    }

    [Fact]
    public async Task CompletedUnit_FromTheOrderPage_ShowsItsActualFootprintDrawnAndLineByLine()
    {
        var (order, serial) = await MakeUnitAsync();
        var page = await SignedInPageAsync($"/orders/{order}");
        var network = NetworkLog.Attach(page);
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };

        await page.ClickAsync($"[data-unit='{serial}'] a");
        await page.WaitForURLAsync($"**/units/{serial}");
        await page.WaitForSelectorAsync("[data-footprint-chart][data-rendered=true] svg");

        Assert.Equal("actual", await page.GetAttributeAsync("[data-footprint]", "data-kind"));
        var lines = page.Locator("[data-footprint-lines] tbody tr");
        Assert.True(await lines.CountAsync() >= 8);
        Assert.Equal(4, await page.Locator("[data-footprint-lines] tr[data-line=processEnergy]").CountAsync());
        Assert.Equal(1, await page.Locator("[data-footprint-lines] tr[data-line=packaging]").CountAsync());
        Assert.Equal(4, await page.Locator("[data-as-built] tr[data-operation]").CountAsync());
        var perUnit = decimal.Parse((await page.GetAttributeAsync("[data-kg-per-unit]", "data-kg-per-unit"))!, System.Globalization.CultureInfo.InvariantCulture);
        using var admin = Server.Client();
        var api = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/units/{serial}/footprint");
        Assert.Equal(api.GetProperty("kgCo2ePerUnit").GetDecimal(), perUnit);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("unit-footprint"), FullPage = true });

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("[data-footprint-chart][data-rendered=true] svg");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"), "the unit page scrolls sideways on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("unit-footprint-phone"), FullPage = true });
        await page.Locator("[data-footprint-chart]").ScreenshotAsync(new LocatorScreenshotOptions { Path = ShotPath("unit-footprint-chart-phone") });

        // The carbon overview lists the unit beside the catalogue's estimates and leads back to it.
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/carbon");
        Assert.Equal(4, await page.Locator("[data-estimates] tr[data-estimate]").CountAsync());
        // Supplier coverage is drawn against the target: the unit's materials are bought, a bar per share and per supplier.
        var coverage = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/factories/{KwunTongDemo.FactoryId}/supplier-coverage");
        Assert.True(coverage.GetProperty("units").GetInt32() >= 1);
        Assert.Equal(coverage.GetProperty("byMass").GetProperty("share").GetDecimal().ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
            await page.GetAttributeAsync("[data-coverage-mass] svg", "data-share"));
        Assert.Equal(coverage.GetProperty("suppliers").GetArrayLength(), await page.Locator("[data-coverage] tr[data-coverage-supplier]").CountAsync());
        Assert.Equal(coverage.GetProperty("materials").GetArrayLength(), await page.Locator("[data-coverage] tr[data-coverage-material]").CountAsync());
        await page.Locator("[data-coverage]").ScreenshotAsync(new LocatorScreenshotOptions { Path = ShotPath("supplier-coverage") });
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"), "the carbon page scrolls sideways on a phone");
        await page.Locator("[data-coverage]").ScreenshotAsync(new LocatorScreenshotOptions { Path = ShotPath("supplier-coverage-phone") });
        await page.SetViewportSizeAsync(1280, 900);
        await page.ClickAsync($"[data-actual='{serial}'] a");
        await page.WaitForURLAsync($"**/units/{serial}");
        Assert.Empty(network.Errors());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Catalogue_ShowsEachDefaultDesignsEstimate_AndItsBreakdown()
    {
        var page = await SignedInPageAsync("/catalogue");
        var network = NetworkLog.Attach(page);
        // The estimates are published shortly after start; the catalogue shows them once they are.
        for (var tries = 0; await page.Locator("[data-template='phone-stand'] [data-template-footprint]").CountAsync() == 0; tries++)
        {
            Assert.True(tries < 120, "the catalogue shows no footprint");
            await Task.Delay(250);
            await page.ReloadAsync();
        }
        await page.ClickAsync("[data-template='phone-stand'] [data-template-footprint]");
        await page.WaitForURLAsync("**/catalogue/phone-stand/footprint");
        await page.WaitForSelectorAsync("[data-footprint-chart][data-rendered=true] svg");
        Assert.Equal("estimate", await page.GetAttributeAsync("[data-footprint]", "data-kind"));
        Assert.Equal(1, await page.Locator("[data-footprint-lines] tr[data-line=inboundTransport]").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("template-footprint"), FullPage = true });
        await page.Locator("[data-footprint-chart]").ScreenshotAsync(new LocatorScreenshotOptions { Path = ShotPath("template-footprint-chart") });
        Assert.Empty(network.Errors());

        await page.GotoAsync("/catalogue/no-such-template/footprint");
        Assert.Contains("No template", await page.InnerTextAsync("[data-no-footprint]"), StringComparison.Ordinal);
    }
}
