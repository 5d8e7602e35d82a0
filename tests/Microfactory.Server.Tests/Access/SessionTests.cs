using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Access;

/// <summary>
/// Browser sessions end on the server: a copy of the sign-in cookie, replayed with a plain HTTP client, stops
/// working after sign-out, a password change or disabling the user.
/// </summary>
public sealed class SessionTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task SignOut_CookieReplayedAfterwards_IsSentToLogin()
    {
        var (_, _, email) = await _host.NewUserAsync("designer");
        using var browser = new WebSession(_host.Address);
        var signedIn = await browser.SignInAsync(email, TestHost.UserPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = browser.Cookie!;
        Assert.Equal(HttpStatusCode.OK, (await WebSession.ReplayAsync(_host.Address, cookie, "/account")).StatusCode);

        var signedOut = await browser.SignOutAsync();
        Assert.Equal("/login", signedOut.Headers.Location?.ToString());
        Assert.Null(browser.Cookie);

        Assert.True(WebSession.IsSentToLogin(await WebSession.ReplayAsync(_host.Address, cookie, "/account")));
        Assert.True(WebSession.IsSentToLogin(await WebSession.ReplayAsync(_host.Address, cookie, "/catalogue/wall-shelf/1.0.0/design.json")));
    }

    [Fact]
    public async Task ChangePassword_OverTheApi_EndsEverySessionAndOnlyTheNewPasswordWorks()
    {
        var (api, _, email) = await _host.NewUserAsync("planner");
        using var laptop = new WebSession(_host.Address);
        using var phone = new WebSession(_host.Address);
        await laptop.SignInAsync(email, TestHost.UserPassword);
        await phone.SignInAsync(email, TestHost.UserPassword);

        var changed = await api.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = TestHost.UserPassword, newPassword = "a much better passphrase" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(2, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessionsEnded").GetInt32());
        Assert.True(WebSession.IsSentToLogin(await WebSession.ReplayAsync(_host.Address, laptop.Cookie!, "/account")));
        Assert.True(WebSession.IsSentToLogin(await WebSession.ReplayAsync(_host.Address, phone.Cookie!, "/account")));

        using var again = new WebSession(_host.Address);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await again.SignInAsync(email, TestHost.UserPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(email, "a much better passphrase")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_OnTheAccountPage_KeepsThisBrowserAndEndsTheOthers()
    {
        var (_, _, email) = await _host.NewUserAsync("operator");
        using var here = new WebSession(_host.Address);
        using var elsewhere = new WebSession(_host.Address);
        await here.SignInAsync(email, TestHost.UserPassword);
        await elsewhere.SignInAsync(email, TestHost.UserPassword);

        var page = await here.PostFormAsync("/account", "change-password", new Dictionary<string, string>
        {
            ["Password.Current"] = TestHost.UserPassword, ["Password.New"] = "new password for the page", ["Password.Confirm"] = "new password for the page",
        });
        Assert.Contains("Your password was changed and 1 other session was signed out.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await WebSession.ReplayAsync(_host.Address, here.Cookie!, "/account")).StatusCode);
        Assert.True(WebSession.IsSentToLogin(await WebSession.ReplayAsync(_host.Address, elsewhere.Cookie!, "/account")));
    }

    [Fact]
    public async Task Disable_EndsSessionsStopsKeysAndRefusesSignIn_EnableRestoresKeysButNotSessions()
    {
        var (api, id, email) = await _host.NewUserAsync("designer");
        using var browser = new WebSession(_host.Address);
        await browser.SignInAsync(email, TestHost.UserPassword);
        var cookie = browser.Cookie!;
        using var admin = _host.Admin();

        var disabled = await admin.PatchAsJsonAsync($"/api/v1/users/{id}", new { disabled = true });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.True((await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("disabled").GetBoolean());
        Assert.True(WebSession.IsSentToLogin(await WebSession.ReplayAsync(_host.Address, cookie, "/account")));
        await ProblemAssert.IsProblemAsync(await api.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);

        using var retry = new WebSession(_host.Address);
        var refused = await retry.SignInAsync(email, TestHost.UserPassword);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("This account is disabled.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/v1/users/{id}", new { disabled = false })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);
        Assert.True(WebSession.IsSentToLogin(await WebSession.ReplayAsync(_host.Address, cookie, "/account")));
        Assert.Equal(HttpStatusCode.Redirect, (await retry.SignInAsync(email, TestHost.UserPassword)).StatusCode);
    }

    [Fact]
    public async Task Sessions_AdminListsAndEndsThem()
    {
        var (_, id, email) = await _host.NewUserAsync("customer", await _host.CreateCustomerAsync("Session customer"));
        using var browser = new WebSession(_host.Address);
        browser.Client.DefaultRequestHeaders.UserAgent.ParseAdd("SessionTest/1.0");
        await browser.SignInAsync(email, TestHost.UserPassword);
        using var admin = _host.Admin();

        var sessions = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}/sessions");
        var session = Assert.Single(sessions.EnumerateArray());
        Assert.Equal("127.0.0.1 · SessionTest/1.0", session.GetProperty("client").GetString());

        var ended = await admin.DeleteAsync($"/api/v1/users/{id}/sessions");
        Assert.Equal(1, (await ended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessionsEnded").GetInt32());
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}/sessions")).EnumerateArray());
        Assert.True(WebSession.IsSentToLogin(await WebSession.ReplayAsync(_host.Address, browser.Cookie!, "/account")));
    }

    [Fact]
    public async Task Cookie_OfARenamedUser_CarriesTheNewNameAtTheNextRequest()
    {
        var (_, id, email) = await _host.NewUserAsync("planner", displayName: "Before Rename");
        using var browser = new WebSession(_host.Address);
        await browser.SignInAsync(email, TestHost.UserPassword);
        using var admin = _host.Admin();
        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/v1/users/{id}", new { displayName = "After Rename" })).StatusCode);
        var page = await (await browser.Client.GetAsync("/account")).Content.ReadAsStringAsync();
        // The top bar shows the name from the cookie's claims; the page itself reads the database.
        Assert.Contains("<strong>After Rename</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Before Rename", page, StringComparison.Ordinal);
    }
}
