using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>
/// The customer's way through the UI on the demo factory: parameters → "Get a quote" → three options → accept → the
/// order page, with the promise the quote made, and the order in the customer's list. Checked against the API.
/// </summary>
public sealed class QuoteFlowTests : BrowserSession
{
    private const string Password = "customer-password-for-ui";

    [Fact]
    public async Task CustomerFlow_FromParametersToAcceptedOrder_KeepsTheQuotedPromise()
    {
        var email = await NewCustomerUserAsync("Harbour Café Ltd");
        var page = await CustomerPageAsync(email, "/catalogue/wall-shelf");
        var violations = await CspViolations.WatchAsync(page);
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("form[data-live=ready]");

        await page.FillAsync("#p-length", "800");
        await page.WaitForFunctionAsync("() => location.search.includes('length=800') && document.querySelector('form[data-live-preview]').dataset.state === 'ready'");
        await page.FillAsync("#quote-quantity", "3");
        await page.ClickAsync("#quote-form button[type=submit]");
        await page.WaitForURLAsync("**/quotes/quo_*");
        var quoteId = page.Url[(page.Url.LastIndexOf('/') + 1)..];

        // Three options side by side, each with its price breakdown, promise and footprint; the chart is drawn.
        Assert.Equal(["fastest", "cheapest", "greenest"], await page.Locator("[data-option]").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.option)"));
        await page.WaitForSelectorAsync("[data-quote-chart][data-drawn=true] canvas");
        var boxes = await page.Locator("[data-option]").EvaluateAllAsync<double[]>("cards => cards.map(c => c.getBoundingClientRect().top)");
        Assert.True(boxes.Distinct().Count() == 1, "the options are not side by side on a desktop");

        using var admin = Server.Client();
        var quote = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/quotes/{quoteId}", TestHost.Json);
        var line = quote.GetProperty("lines")[0];
        Assert.Equal(3, line.GetProperty("quantity").GetInt32());
        Assert.Equal("800", line.GetProperty("parameters").GetProperty("length").GetString());
        var greenest = quote.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("kind").GetString() == "greenest");
        Assert.True(greenest.GetProperty("available").GetBoolean(), greenest.ToString());
        var promised = greenest.GetProperty("promisedCompletion").GetDateTimeOffset();
        var card = page.Locator("[data-option=greenest]");
        Assert.Equal(promised, DateTimeOffset.Parse((await card.Locator("[data-promised]").GetAttributeAsync("data-promised"))!, CultureInfo.InvariantCulture));
        Assert.Contains("Hong Kong time", await card.Locator("[data-promised]").InnerTextAsync(), StringComparison.Ordinal);
        var total = greenest.GetProperty("price").GetProperty("total").GetDecimal();
        Assert.Equal($"HKD {total.ToString("#,##0.00", CultureInfo.InvariantCulture)}", (await card.Locator("[data-total]").InnerTextAsync()).Trim());
        Assert.Equal(7, await card.Locator("[data-breakdown] dt").CountAsync()); // six parts and the total
        // The CO2 is the carbon engine's, stage by stage, as the API gives it.
        Assert.Equal($"{greenest.GetProperty("packagingCo2eKg").GetDouble().ToString("0.###", CultureInfo.InvariantCulture)} kg",
            (await card.Locator("[data-co2-stage=packaging]").InnerTextAsync()).Trim());
        Assert.Equal($"{greenest.GetProperty("transportCo2eKg").GetDouble().ToString("0.###", CultureInfo.InvariantCulture)} kg",
            (await card.Locator("[data-co2-stage=inboundTransport]").InnerTextAsync()).Trim());
        await page.Locator("[data-options]").ScreenshotAsync(new LocatorScreenshotOptions { Path = ShotPath("quote-options") });

        await page.ClickAsync("[data-accept-option=greenest]");
        await page.WaitForURLAsync("**/orders/ord_*");
        var orderId = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        Assert.Equal(promised, DateTimeOffset.Parse((await page.GetAttributeAsync("[data-promised]", "data-promised"))!, CultureInfo.InvariantCulture));
        Assert.Contains(await page.GetAttributeAsync("[data-status]", "data-status"), new[] { "Confirmed", "Planned" });
        Assert.Equal($"HKD {total.ToString("#,##0.00", CultureInfo.InvariantCulture)}", (await page.InnerTextAsync("[data-price]")).Trim());

        // The live plan takes the order in; the page shows it by itself (the plan's event stream), with the chain of
        // reasons behind the date as sentences. The promise is honest: the plan of now completes the order by it.
        await page.EvaluateAsync("window.__sameDocument = true");
        await page.WaitForSelectorAsync("[data-planned]");
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"), "the order page was reloaded");
        var planned = DateTimeOffset.Parse((await page.GetAttributeAsync("[data-planned]", "data-planned"))!, CultureInfo.InvariantCulture);
        Assert.True(planned <= promised, $"planned {planned:O}, promised {promised:O}");
        var sentences = await page.Locator("[data-chain] li").AllInnerTextsAsync();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.EndsWith(".", s.Trim(), StringComparison.Ordinal));
        var explanation = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}/explanation", TestHost.Json);
        Assert.Equal(planned, explanation.GetProperty("plannedCompletion").GetDateTimeOffset());
        Assert.False(explanation.GetProperty("late").GetBoolean());

        var order = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}", TestHost.Json);
        Assert.Equal(quoteId, order.GetProperty("quoteId").GetString());
        Assert.Equal("greenest", order.GetProperty("quoteOption").GetString());
        Assert.Equal(promised, order.GetProperty("promisedCompletion").GetDateTimeOffset());

        // The customer's list links to it; the quote now says it was accepted and offers no second order.
        await page.ClickAsync("#mf-nav a.mf-nav-link[href=orders]");
        await page.WaitForSelectorAsync($"tr[data-order={orderId}]");
        Assert.Equal(1, await page.Locator("tr[data-order]").CountAsync());
        await page.ClickAsync($"tr[data-order={orderId}] a");
        await page.WaitForURLAsync($"**/orders/{orderId}");
        await page.GotoAsync($"/quotes/{quoteId}");
        Assert.Contains(orderId, await page.GetAttributeAsync("[data-accepted] a", "href") ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-accept-option]").CountAsync());
        Assert.Empty(violations);
    }

    [Fact]
    public async Task Accept_SameFormSentTwiceAtOnce_MakesOneOrder()
    {
        var email = await NewCustomerUserAsync("Twice Ltd");
        var page = await CustomerPageAsync(email, "/catalogue/wall-shelf");
        await page.ClickAsync("#quote-form button[type=submit]");
        await page.WaitForURLAsync("**/quotes/quo_*");

        // What a double click without the page's script would send: the same form, with its per-view key, twice.
        var landed = await page.EvaluateAsync<string[]>("""
            async () => {
              const form = document.querySelector('#accept-form');
              const send = () => { const body = new FormData(form); body.append('Accept.Option', 'fastest'); return fetch(location.href, { method: 'POST', body }); };
              const answers = await Promise.all([send(), send()]);
              return answers.map(a => a.url);
            }
            """);
        Assert.Equal(2, landed.Length);
        Assert.Equal(landed[0], landed[1]);
        Assert.Contains("/orders/ord_", landed[0], StringComparison.Ordinal);

        // A click on the page as it stands is a double click too: the page sends once, and the key covers the rest.
        await page.Locator("[data-accept-option=fastest]").DblClickAsync();
        await page.WaitForURLAsync("**/orders/ord_*");
        Assert.Equal(new Uri(landed[0]).AbsolutePath, new Uri(page.Url).AbsolutePath);
        await page.GotoAsync("/orders");
        Assert.Equal(1, await page.Locator("tr[data-order]").CountAsync());
    }

    [Fact]
    public async Task GetAQuote_BadQuantityOrPastDate_SaysWhyOnTheConfigurePage()
    {
        var email = await NewCustomerUserAsync("Careful Ltd");
        var page = await CustomerPageAsync(email, "/catalogue/wall-shelf");
        await page.FillAsync("#quote-quantity", "0");
        await page.ClickAsync("#quote-form button[type=submit]");
        await page.WaitForSelectorAsync("[data-quote-problems]");
        Assert.Contains("quantity", (await page.InnerTextAsync("[data-quote-problems]")).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Contains("/catalogue/wall-shelf", page.Url, StringComparison.Ordinal);

        await page.FillAsync("#quote-quantity", "1");
        await page.FillAsync("#quote-date", "2020-01-01");
        await page.ClickAsync("#quote-form button[type=submit]");
        await page.WaitForSelectorAsync("[data-quote-problems] [data-field=requestedDate]");
        Assert.Contains("past", await page.InnerTextAsync("[data-quote-problems]"), StringComparison.Ordinal);
        using var admin = Server.Client();
        var orders = await admin.GetFromJsonAsync<JsonElement>("/api/v1/orders", TestHost.Json);
        Assert.Equal(0, orders.GetProperty("total").GetInt32());
    }

    private async Task<string> NewCustomerUserAsync(string name)
    {
        using var admin = Server.Client();
        var customer = await admin.PostAsJsonAsync("/api/v1/customers", new { name, email = $"{Guid.NewGuid():N}@example.com" }, TestHost.Json);
        customer.EnsureSuccessStatusCode();
        var customerId = (await customer.Content.ReadFromJsonAsync<JsonElement>(TestHost.Json)).GetProperty("id").GetString();
        var email = $"buyer-{Guid.NewGuid():N}@example.com";
        var user = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Mei Chan", role = "customer", password = Password, customerId }, TestHost.Json);
        user.EnsureSuccessStatusCode();
        return email;
    }

    private async Task<IPage> CustomerPageAsync(string email, string path)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(path);
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**" + path);
        return page;
    }
}
