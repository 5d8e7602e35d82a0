using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>
/// The sign-in lockout, the account page and the admin's users pages in a real browser against the real server
/// process; each page is also captured at desktop width and at 390 px (a phone) under the temp folder.
/// </summary>
public sealed class AccessPagesTests : BrowserSession
{
    private const string AdminEmail = "admin@microfactory.local";
    private const string UserPassword = "first password for ui";

    [Fact]
    public async Task Login_RepeatedWrongPasswords_SaysSignInIsLockedAndWhenToRetry()
    {
        var page = await NewPageAsync(1280, 800);
        await page.GotoAsync("/login");
        for (var i = 1; i <= 4; i++)
        {
            await SubmitLoginAsync(page, AdminEmail, $"wrong password {i}");
            Assert.Equal("The e-mail or the password is wrong.", (await page.InnerTextAsync(".alert-danger")).Trim());
        }
        await SubmitLoginAsync(page, AdminEmail, "wrong password 5");
        var locked = await page.InnerTextAsync(".alert-danger");
        Assert.Contains("Sign-in for this e-mail is temporarily locked after too many failed attempts. Try again after", locked, StringComparison.Ordinal);

        await SubmitLoginAsync(page, AdminEmail, ServerProcess.AdminPassword);
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        Assert.Contains("temporarily locked", await page.InnerTextAsync(".alert-danger"), StringComparison.Ordinal);
        await CaptureAsync(page, "login-locked");
    }

    [Fact]
    public async Task Account_ChangePassword_KeepsThisBrowserAndSignsOutTheOther()
    {
        var email = await CreateUserAsync("planner", "Priya Planner");
        var other = await SignedInAsAsync(email, UserPassword, "/account");
        var page = await SignedInAsAsync(email, UserPassword, "/account");
        Assert.Equal(2, await page.Locator("[data-session]").CountAsync());
        Assert.Equal(1, await page.Locator("[data-session] .badge", new PageLocatorOptions { HasText = "this browser" }).CountAsync());

        await page.FillAsync("#current-password", UserPassword);
        await page.FillAsync("#new-password", "short");
        await page.FillAsync("#confirm-password", "short");
        await page.ClickAsync("text=Change password >> nth=-1");
        Assert.Contains("The new password must be 12–200 characters long.", await page.InnerTextAsync("form:has(#new-password)"), StringComparison.Ordinal);

        await page.FillAsync("#current-password", "not my password");
        await page.FillAsync("#new-password", "a brand new passphrase");
        await page.FillAsync("#confirm-password", "a brand new passphrase");
        await page.ClickAsync("button:has-text('Change password')");
        Assert.Contains("The current password is wrong.", await page.InnerTextAsync(".alert-danger"), StringComparison.Ordinal);

        await page.FillAsync("#current-password", UserPassword);
        await page.FillAsync("#new-password", "a brand new passphrase");
        await page.FillAsync("#confirm-password", "a brand new passphrase");
        await page.ClickAsync("button:has-text('Change password')");
        Assert.Contains("Your password was changed and 1 other session was signed out.", await page.InnerTextAsync("[data-password-changed]"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("[data-session]").CountAsync());
        await CaptureAsync(page, "account");

        await other.GotoAsync("/account");
        Assert.Contains("/login", other.Url, StringComparison.Ordinal);
        await SubmitLoginAsync(other, email, "a brand new passphrase");
        await other.WaitForURLAsync("**/account");
    }

    [Fact]
    public async Task AdminUsers_DisablingAUser_SignsThemOutAndStopsTheirKey()
    {
        var email = await CreateUserAsync("designer", "Dana Designer");
        var token = await CreateKeyAsync(email, "dana laptop");
        using var api = new HttpClient { BaseAddress = Server.Address };
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);
        var user = await SignedInAsAsync(email, UserPassword, "/catalogue");

        var admin = await SignedInAsAsync(AdminEmail, ServerProcess.AdminPassword, "/admin/users");
        var row = admin.Locator($"tr[data-email='{email}']");
        Assert.Contains("active", await row.InnerTextAsync(), StringComparison.Ordinal);
        // No admin can lock themselves out: their own row has no Disable button.
        Assert.Equal(0, await admin.Locator($"tr[data-email='{AdminEmail}'] button").CountAsync());
        await CaptureAsync(admin, "admin-users");

        await row.Locator("button:has-text('Disable')").ClickAsync();
        Assert.Contains("Dana Designer was disabled and signed out everywhere", await admin.InnerTextAsync("[data-message]"), StringComparison.Ordinal);
        Assert.Contains("disabled", await admin.Locator($"tr[data-email='{email}']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);

        await user.ReloadAsync();
        Assert.Contains("/login", user.Url, StringComparison.Ordinal);
        await SubmitLoginAsync(user, email, UserPassword);
        Assert.Equal("This account is disabled. Ask an administrator to enable it.", (await user.InnerTextAsync(".alert-danger")).Trim());

        // The user's page: keys and sessions; enabling brings the key back, revoking ends it for good.
        await admin.ClickAsync($"tr[data-email='{email}'] a");
        await admin.WaitForSelectorAsync("h1:has-text('Dana Designer')");
        Assert.Contains("paused (user disabled)", await admin.InnerTextAsync("tr:has-text('dana laptop')"), StringComparison.Ordinal);
        await admin.ClickAsync("button:has-text('Enable user')");
        Assert.Contains("Dana Designer was enabled.", await admin.InnerTextAsync("[data-message]"), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);
        await admin.Locator("tr:has-text('dana laptop')").Locator("button:has-text('Revoke')").ClickAsync();
        Assert.Contains("The key 'dana laptop' was revoked.", await admin.InnerTextAsync("[data-message]"), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
        await CaptureAsync(admin, "admin-user");
    }

    [Fact]
    public async Task Catalogue_ShowsWhoPublishedEachVersion()
    {
        var page = await SignedInAsAsync(AdminEmail, ServerProcess.AdminPassword, "/catalogue");
        Assert.Contains("published by Microfactory platform", await page.InnerTextAsync("[data-template=wall-shelf]"), StringComparison.Ordinal);
        await page.GotoAsync("/catalogue/wall-shelf");
        Assert.Contains("published by Microfactory platform", await page.InnerTextAsync("[data-versions] [data-version='1.0.0']"), StringComparison.Ordinal);
    }

    private async Task<string> CreateUserAsync(string role, string name)
    {
        using var admin = Server.Client();
        var email = $"{role}-{Guid.NewGuid():N}@example.com";
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = name, role, password = UserPassword });
        created.EnsureSuccessStatusCode();
        return email;
    }

    private async Task<string> CreateKeyAsync(string email, string name)
    {
        using var admin = Server.Client();
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?pageSize=200");
        var id = users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("email").GetString() == email).GetProperty("id").GetString();
        var key = await admin.PostAsJsonAsync($"/api/v1/users/{id}/api-keys", new { name });
        key.EnsureSuccessStatusCode();
        return (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private async Task<IPage> SignedInAsAsync(string email, string password, string path)
    {
        var page = await NewPageAsync(1280, 800);
        await page.GotoAsync(path);
        await SubmitLoginAsync(page, email, password);
        await page.WaitForURLAsync("**" + path);
        return page;
    }

    private static async Task SubmitLoginAsync(IPage page, string email, string password)
    {
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        // Wait for the answer to the form, so that the next look at the page sees the new one, not the old one.
        await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit]"), r => r.Request.Method == "POST");
        await page.WaitForLoadStateAsync();
    }

    /// <summary>Full-page screenshots at 1280 px and 390 px, to look at (the layout at 390 px is the shell's, not these pages').</summary>
    private static async Task CaptureAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), $"mf-ui-{name}.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), $"mf-ui-{name}-390.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 800);
    }
}
