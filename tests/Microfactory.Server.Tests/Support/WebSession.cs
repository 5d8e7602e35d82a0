using System.Net;
using System.Text.RegularExpressions;

namespace Microfactory.Server.Tests.Support;

/// <summary>
/// A browser without a browser: an HTTP client with a cookie jar that signs in through the login form (antiforgery
/// token and all) and signs out through the sign-out form, so tests can hold, copy and replay the sign-in cookie.
/// </summary>
internal sealed partial class WebSession : IDisposable
{
    public const string AuthCookie = "mf.auth";

    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _client;
    private readonly Uri _address;

    public WebSession(Uri address)
    {
        _address = address;
        _client = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = address };
    }

    /// <summary>The sign-in cookie's value, or null when not signed in.</summary>
    public string? Cookie => _cookies.GetCookies(_address)[AuthCookie]?.Value;

    public HttpClient Client => _client;

    /// <summary>Posts the login form; the response is the rendered page (or the redirect after success).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var token = await TokenAsync("/login");
        return await _client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = password,
        }));
    }

    /// <summary>Posts a Blazor form of a page (its <paramref name="handler"/> is the form name) with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string handler, IReadOnlyDictionary<string, string> fields)
    {
        var token = await TokenAsync(path);
        var form = new Dictionary<string, string>(fields) { ["_handler"] = handler, ["__RequestVerificationToken"] = token };
        return await _client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    /// <summary>Signs out with the sign-out form of the dashboard, as the button does.</summary>
    public async Task<HttpResponseMessage> SignOutAsync()
    {
        var token = await TokenAsync("/");
        return await _client.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    /// <summary>A request that carries nothing but a copy of a sign-in cookie, as an attacker replaying it would send.</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(Uri address, string cookie, string path)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"{AuthCookie}={cookie}");
        return await client.SendAsync(request);
    }

    /// <summary>Whether the response sends the browser to the login page.</summary>
    public static bool IsSentToLogin(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/login", StringComparison.OrdinalIgnoreCase) == true;

    private async Task<string> TokenAsync(string path)
    {
        var response = await _client.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();
        var match = TokenPattern().Match(page);
        Assert.True(match.Success, $"GET {path} answered {(int)response.StatusCode} without an antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
