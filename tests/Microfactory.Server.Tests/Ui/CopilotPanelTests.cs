using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>
/// The copilot panel in a real browser against the real server process: on a machine's page the question is about
/// that machine and the answer links to it (desktop and phone width, no CSP violation); a customer asking about another
/// customer's order gets no data of it.
/// </summary>
public sealed class CopilotPanelTests : BrowserSession
{
    private const string Password = "copilot password for ui";

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task Panel_OnTheFiberLasersPage_AnswersItsStateWithACitationLink(int width, int height, string name)
    {
        var email = await CreateUserAsync("operator", "Olga Operator");
        var page = await NewPageAsync(width, height);
        var violations = await CspViolations.WatchAsync(page);
        await SignInAsAsync(page, email, "/shopfloor/machines/mch_fiber_laser_1");

        await page.ClickAsync(".mf-copilot-button");
        await page.WaitForSelectorAsync("#mf-copilot.show");
        await page.FillAsync("#mf-copilot-message", "what is the state of the fiber laser");
        await page.ClickAsync("[data-copilot-form] button[type=submit]");
        var answer = page.Locator(".mf-copilot-answer").First;
        await answer.WaitForAsync();

        Assert.Equal("answer", await answer.GetAttributeAsync("data-kind"));
        Assert.Contains("Fiber laser 1", await answer.Locator(".mf-copilot-text").InnerTextAsync(), StringComparison.Ordinal);
        var citation = answer.Locator("a.mf-copilot-cite[data-kind=machine][data-id=mch_fiber_laser_1]");
        Assert.EndsWith("/shopfloor/machines/mch_fiber_laser_1", await citation.EvaluateAsync<string>("a => a.href"), StringComparison.Ordinal);
        Assert.True(await citation.IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#mf-copilot').getBoundingClientRect().right <= innerWidth + 1"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath($"{name}-copilot-machine") });
        // A follow-up in the same conversation: "and its alarms?" is still about the laser.
        await page.FillAsync("#mf-copilot-message", "and its alarms?");
        await page.ClickAsync("[data-copilot-form] button[type=submit]");
        await page.Locator(".mf-copilot-answer").Nth(1).WaitForAsync();
        Assert.Contains("Fiber laser 1", await page.Locator(".mf-copilot-answer").Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task Panel_CustomerAsksAboutAnotherCustomersOrder_GetsNoDataOfIt()
    {
        using var admin = Server.Client();
        var ownerId = await CustomerAsync(admin, "Orchid Interiors Panel");
        var otherId = await CustomerAsync(admin, "Nosy Neighbour Panel");
        var order = await admin.PostAsJsonAsync("/api/v1/orders", new
        {
            customerId = ownerId, factoryId = "fac_kwun_tong",
            lines = new[] { new { templateId = "wall-shelf", templateVersion = "1.0.0", quantity = 1, parameters = new Dictionary<string, string> { ["length"] = "800 mm" } } },
        });
        Assert.True(order.IsSuccessStatusCode, await order.Content.ReadAsStringAsync());
        var orderId = (await order.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var email = await CreateUserAsync("customer", "Nosy Neighbour", otherId);
        var page = await NewPageAsync(390, 844);
        var violations = await CspViolations.WatchAsync(page);
        await SignInAsAsync(page, email, "/orders");

        await page.ClickAsync(".mf-copilot-button");
        await page.WaitForSelectorAsync("#mf-copilot.show");
        await page.FillAsync("#mf-copilot-message", $"what is the status of order {orderId}?");
        await page.PressAsync("#mf-copilot-message", "Enter");
        var answer = page.Locator(".mf-copilot-answer").First;
        await answer.WaitForAsync();

        Assert.Equal("noData", await answer.GetAttributeAsync("data-kind"));
        Assert.Equal(0, await answer.Locator(".mf-copilot-cite").CountAsync());
        Assert.DoesNotContain("Orchid", await answer.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("phone-copilot-customer") });
        Assert.Empty(violations);
    }

    private async Task<string> CreateUserAsync(string role, string name, string? customerId = null)
    {
        using var admin = Server.Client();
        var email = $"{role}-{Guid.NewGuid():N}@example.com";
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = name, role, password = Password, customerId });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return email;
    }

    private static async Task<string> CustomerAsync(HttpClient admin, string name)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/customers", new { name, email = $"{Guid.NewGuid():N}@example.com" });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task SignInAsAsync(IPage page, string email, string path)
    {
        await page.GotoAsync(path);
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**" + path);
    }
}
