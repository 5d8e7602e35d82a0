using System.Net;
using System.Text.RegularExpressions;

namespace Microfactory.Server.Tests.Support;

/// <summary>
/// A browser without a browser: an HTTP client with a cookie jar that signs in through the login form
/// and submits the UI's forms (Blazor static-SSR forms: a handler name and an antiforgery token read
/// from the page first), so server-process tests can drive a page's server side exactly.
/// </summary>
internal sealed partial class FormSession : IDisposable
{
    private readonly HttpClient _client;

    private FormSession(Uri address) =>
        _client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = address };

    public static async Task<FormSession> SignInAsync(Uri address, string email, string password)
    {
        var session = new FormSession(address);
        var response = await session.SubmitAsync("/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.OK && !response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/login", StringComparison.Ordinal),
            $"signing in failed: {(int)response.StatusCode} at {response.RequestMessage?.RequestUri}");
        return session;
    }

    /// <summary>Loads the page, then posts the form named <paramref name="formName"/> with its antiforgery token and the fields.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await _client.GetStringAsync(path);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"no antiforgery token on {path}");
        var form = new Dictionary<string, string>(fields) { ["_handler"] = formName, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["token"].Value) };
        using var content = new FormUrlEncodedContent(form);
        return await _client.PostAsync(path, content);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenPattern();
}
