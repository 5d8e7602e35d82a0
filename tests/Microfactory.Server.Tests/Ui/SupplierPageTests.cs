using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microfactory.Server.Startup;
using Microfactory.Server.Tests.Support;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>
/// A buyer manages a supplier's data in the browser: sees the demo's sample footprint and what it is used for, uploads
/// a footprint the supplier e-mailed, maps a material to it, and meets the rules (a bad document, a bad product id, a
/// PACT host without https) as messages on the page that change nothing; at desktop and phone width.
/// </summary>
public sealed class SupplierPageTests : BrowserSession
{
    private const string Supplier = DemoSupplierFootprintSeeder.SupplierId;

    [Fact]
    public async Task SupplierPage_UploadMapAndConnect_ShowWhatWasStoredAndRefuseBadInput()
    {
        var page = await SignedInPageAsync("/suppliers");
        var network = NetworkLog.Attach(page);
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        await page.ClickAsync($"tr[data-supplier='{Supplier}'] a");
        await page.WaitForURLAsync($"**/suppliers/{Supplier}");

        // The demo's sample is listed with the two DC01 sheets it applies to.
        var sample = page.Locator($"tr[data-footprint='{DemoSupplierFootprintSeeder.FootprintId:D}']");
        Assert.Contains("demo sample", await sample.InnerTextAsync(), StringComparison.Ordinal);
        var usedFor = await sample.Locator("[data-used-for]").InnerTextAsync();
        using var admin = Server.Client();
        foreach (var (mapped, _) in DemoSupplierFootprintSeeder.Mappings)
        {
            var name = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/materials/{mapped}")).GetProperty("name").GetString()!;
            Assert.Contains(name, usedFor, StringComparison.Ordinal);
        }
        Assert.Equal(1, await page.Locator("[data-no-connection]").CountAsync());

        // A document without its pcf is refused, naming it; nothing is stored.
        var document = await SampleAsync();
        var broken = JsonNode.Parse(document.ToJsonString())!.AsObject();
        broken.Remove("pcf");
        await page.ClickAsync("[data-footprints] summary");
        await page.FillAsync("#pact-document", broken.ToJsonString());
        await SubmitAsync(page, "[data-upload-form] button[type=submit]");
        Assert.Contains("pcf is required", await page.InnerTextAsync("[data-upload-error]"), StringComparison.Ordinal);
        Assert.Equal(1, await FootprintCountAsync(admin));

        // The real one is stored and listed, not yet used for anything.
        await page.FillAsync("#pact-document", document.ToJsonString());
        await SubmitAsync(page, "[data-upload-form] button[type=submit]");
        Assert.Contains("Stored the footprint", await page.InnerTextAsync("[data-notice]"), StringComparison.Ordinal);
        var uploaded = page.Locator($"tr[data-footprint='{document["id"]!.GetValue<string>()}']");
        Assert.Contains("no material mapped", await uploaded.Locator("[data-used-for]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await FootprintCountAsync(admin));

        // A material of the supplier is mapped to it: a bad URN first (refused, the old ids kept), then the right one.
        var material = page.Locator("form[data-material]").First;
        var materialId = (await material.GetAttributeAsync("data-material"))!;
        var before = await ProductIdsAsync(admin, materialId);
        await material.Locator("textarea").FillAsync("not a urn");
        await SubmitAsync(page, $"form[data-material='{materialId}'] button[type=submit]");
        Assert.Contains("productIds[0]", await page.InnerTextAsync($"form[data-material='{materialId}'] [data-map-error]"), StringComparison.Ordinal);
        Assert.Equal(before, await ProductIdsAsync(admin, materialId));
        var productId = document["productIds"]![0]!.GetValue<string>();
        await page.Locator($"form[data-material='{materialId}'] textarea").FillAsync(productId);
        await SubmitAsync(page, $"form[data-material='{materialId}'] button[type=submit]");
        Assert.Equal([productId], await ProductIdsAsync(admin, materialId));
        var materialName = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/materials/{materialId}")).GetProperty("name").GetString()!;
        Assert.Contains(materialName, await page.Locator($"tr[data-footprint='{document["id"]!.GetValue<string>()}'] [data-used-for]").InnerTextAsync(), StringComparison.Ordinal);

        // An admin's connection over plain http is refused with the rule; nothing is stored.
        await page.ClickAsync("[data-connection] summary");
        await page.FillAsync("#pact-base", "http://pact.kt-metals.example");
        await page.FillAsync("#pact-client", "microfactory");
        await page.FillAsync("#pact-secret", "a-long-secret-from-the-supplier");
        await SubmitAsync(page, "[data-connection-form] button[type=submit]");
        Assert.Contains("https", await page.InnerTextAsync("[data-connection-error]"), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/suppliers/{Supplier}/pact-connection")).StatusCode);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("supplier"), FullPage = true });

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"), "the supplier page scrolls sideways on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("supplier-phone"), FullPage = true });
        Assert.Empty(network.Errors());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task SupplierPage_Operator_SeesTheListWithoutLinksAndIsRefusedThePage()
    {
        using var admin = Server.Client();
        var email = $"operator-{Guid.NewGuid():N}@example.com";
        (await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Otto Operator", role = "operator", password = "operator password 1" })).EnsureSuccessStatusCode();
        var page = await NewPageAsync();
        await page.GotoAsync("/suppliers");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", "operator password 1");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/suppliers");

        Assert.True(await page.Locator($"tr[data-supplier='{Supplier}']").CountAsync() == 1);
        Assert.Equal(0, await page.Locator("tr[data-supplier] a").CountAsync());
        await page.GotoAsync($"/suppliers/{Supplier}");
        Assert.Equal(0, await page.Locator("[data-footprints]").CountAsync());
        Assert.Contains("/denied", page.Url, StringComparison.Ordinal);
    }

    /// <summary>The demo's sample document with an id and product of its own, valid around now.</summary>
    private static async Task<JsonObject> SampleAsync()
    {
        await using var stream = typeof(DemoSupplierFootprintSeeder).Assembly.GetManifestResourceStream("Microfactory.Server.Startup.DemoData.kt-metals-dc01-sample-footprint.json")!;
        var document = (await JsonNode.ParseAsync(stream))!.AsObject();
        document["id"] = Guid.NewGuid().ToString("D");
        document["productIds"] = new JsonArray($"urn:pact:kt-metals.example:product-id:ui-test-{Guid.NewGuid():N}");
        document["productNameCompany"] = "DC01 sheet, mailed in";
        document["validityPeriodStart"] = DateTime.UtcNow.Date.AddDays(-30).ToString("yyyy-MM-dd'T'00:00:00'Z'", System.Globalization.CultureInfo.InvariantCulture);
        document["validityPeriodEnd"] = DateTime.UtcNow.Date.AddDays(300).ToString("yyyy-MM-dd'T'00:00:00'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return document;
    }

    /// <summary>Submits a form and waits for the answer, so the next look sees the new page.</summary>
    private static Task SubmitAsync(IPage page, string button) =>
        page.RunAndWaitForResponseAsync(() => page.ClickAsync(button), r => r.Request.Method == "POST");

    private static async Task<int> FootprintCountAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/suppliers/{Supplier}/footprints")).GetProperty("total").GetInt32();

    private static async Task<string[]> ProductIdsAsync(HttpClient admin, string materialId) =>
        [.. (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/materials/{materialId}/supplier-product-ids")).GetProperty("productIds").EnumerateArray().Select(p => p.GetString()!)];
}
