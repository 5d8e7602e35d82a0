using System.Net;
using System.Text.RegularExpressions;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Access;

/// <summary>The sign-in form over HTTP: wrong passwords are throttled, the lockout is told plainly, and it survives a restart.</summary>
public sealed class SignInLockoutTests
{
    private const string AdminEmail = "admin@microfactory.local";

    [Fact]
    public async Task SignIn_TenWrongPasswords_FiveAreCheckedThenTheRestAndTheRightOneGet429()
    {
        await using var host = await TestHost.StartAsync(seedDemo: false);
        using var browser = new WebSession(host.Address);
        var statuses = new List<int>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 10; i++)
        {
            last = await browser.SignInAsync(AdminEmail, $"wrong password {i}");
            statuses.Add((int)last.StatusCode);
        }
        Assert.Equal(new[] { 422, 422, 422, 422, 429, 429, 429, 429, 429, 429 }, statuses);
        var retryAfter = last.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        var page = await last.Content.ReadAsStringAsync();
        Assert.Contains("Sign-in for this e-mail is temporarily locked after too many failed attempts. Try again after ", page, StringComparison.Ordinal);

        var right = await browser.SignInAsync(AdminEmail, TestHost.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Null(browser.Cookie);
    }

    [Fact]
    public async Task SignIn_UnknownEmail_IsAnsweredExactlyLikeAKnownOne()
    {
        await using var host = await TestHost.StartAsync(seedDemo: false);
        using var browser = new WebSession(host.Address);
        for (var i = 0; i < 6; i++)
        {
            var known = await browser.SignInAsync(AdminEmail, "wrong password");
            var unknown = await browser.SignInAsync("nobody-here@microfactory.local", "wrong password");
            Assert.Equal(known.StatusCode, unknown.StatusCode);
            Assert.Equal(Alert(await known.Content.ReadAsStringAsync()), Alert(await unknown.Content.ReadAsStringAsync()));
        }
    }

    [Fact]
    public async Task SignIn_ManyAccountsFromOneClient_LocksTheClient()
    {
        await using var host = await TestHost.StartAsync("sqlite", seedDemo: false, "--Microfactory:SignIn:ClientFailureLimit=3");
        using var browser = new WebSession(host.Address);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await browser.SignInAsync("a@example.com", "wrong password")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await browser.SignInAsync("b@example.com", "wrong password")).StatusCode);
        var third = await browser.SignInAsync("c@example.com", "wrong password");
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("Sign-in from your network is temporarily locked", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await browser.SignInAsync(AdminEmail, TestHost.AdminPassword)).StatusCode);
    }

    [Fact]
    public async Task Lockout_SurvivesARestartOfTheServer()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite", migrate: false);
        await using (var first = await TestHost.StartAsync(database, ownsDatabase: false, seedDemo: false))
        {
            using var browser = new WebSession(first.Address);
            for (var i = 0; i < 5; i++)
            {
                await browser.SignInAsync(AdminEmail, "wrong password");
            }
        }
        await using var second = await TestHost.StartAsync(database, ownsDatabase: false, seedDemo: false);
        using var afterRestart = new WebSession(second.Address);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await afterRestart.SignInAsync(AdminEmail, TestHost.AdminPassword)).StatusCode);
    }

    private static string Alert(string page)
    {
        var start = page.IndexOf("role=\"alert\"", StringComparison.Ordinal);
        Assert.True(start > 0, "the page shows no alert");
        // The two locks start milliseconds apart, so the time shown may differ by a minute; the words may not.
        return Regex.Replace(page[start..page.IndexOf("</div>", start, StringComparison.Ordinal)], @"\d\d:\d\d UTC \(in \d+ minutes?\)", "TIME");
    }
}
