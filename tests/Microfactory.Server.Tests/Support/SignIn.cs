using System.Net;
using System.Text.RegularExpressions;

namespace Microfactory.Server.Tests.Support;

/// <summary>Signs in through the real login form (antiforgery token and cookie included), with headers of the caller's choice on both requests.</summary>
internal static partial class SignIn
{
    /// <summary>The <c>Set-Cookie</c> header of the sign-in cookie the server issued.</summary>
    public static async Task<string> CookieHeaderAsync(Uri server, string email, string password, IReadOnlyDictionary<string, string> headers)
    {
        using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = server };
        using var get = new HttpRequestMessage(HttpMethod.Get, "/login");
        foreach (var (name, value) in headers)
        {
            get.Headers.Add(name, value);
        }
        var page = await client.SendAsync(get);
        page.EnsureSuccessStatusCode();
        var html = await page.Content.ReadAsStringAsync();
        var token = Token().Match(html);
        Assert.True(token.Success, "The login page has no antiforgery token.");
        var cookies = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        using var post = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value),
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }),
        };
        post.Headers.Add("Cookie", cookies);
        foreach (var (name, value) in headers)
        {
            post.Headers.Add(name, value);
        }
        var signedIn = await client.SendAsync(post);
        var setCookies = signedIn.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        var auth = setCookies.FirstOrDefault(c => c.StartsWith("mf.auth=", StringComparison.Ordinal));
        Assert.True(auth is not null, $"No sign-in cookie: {(int)signedIn.StatusCode} {string.Join(" | ", setCookies)}");
        return auth;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"|value=\"(?<value>[^\"]+)\"[^>]*name=\"__RequestVerificationToken\"")]
    private static partial Regex Token();
}
