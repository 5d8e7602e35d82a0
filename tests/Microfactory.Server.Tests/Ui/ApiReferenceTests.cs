using System.Collections.Concurrent;
using System.Net;
using Microfactory.Server.Tests.Support;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>
/// The API reference page (Scalar at /api/reference) in Debian's Chromium: anonymous, rendered from
/// /openapi/v1.json with the package's own assets, under the page's own strict Content-Security-Policy
/// (nonce scripts, no eval, nothing from another origin) without a single violation.
/// </summary>
public sealed class ApiReferenceTests : IAsyncLifetime
{
    private TestHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Reference_Anonymous_IsServedWithAStrictNoncePolicy()
    {
        using var client = _host.Anonymous();
        var response = await client.GetAsync("/api/reference/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var html = await response.Content.ReadAsStringAsync();
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
        Assert.True(nonce.Length >= 16, policy);
        Assert.Contains($"nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        var scripts = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe", scripts, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);

        // A fresh nonce for every response.
        var again = (await client.GetAsync("/api/reference/")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.NotEqual(policy, again);

        var script = await client.GetAsync("/api/reference/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Reference_InChromium_RendersEveryTagFromTheDocumentWithoutPolicyViolations()
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = _host.Address.ToString() });
        page.SetDefaultTimeout(90_000);
        var origin = _host.Address.GetLeftPart(UriPartial.Authority);
        var requests = new ConcurrentQueue<string>();
        var problems = new ConcurrentQueue<string>();
        page.Request += (_, r) => requests.Enqueue(r.Url);
        page.RequestFailed += (_, r) => problems.Enqueue($"request failed: {r.Url} {r.Failure}");
        page.Response += (_, r) =>
        {
            if (r.Status >= 400)
            {
                problems.Enqueue($"{r.Status} for {r.Url}");
            }
        };
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                problems.Enqueue($"console error: {m.Text}");
            }
        };
        page.PageError += (_, e) => problems.Enqueue($"page error: {e}");
        await page.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
            """);

        var response = await page.GotoAsync("/api/reference");
        Assert.NotNull(response?.Headers.GetValueOrDefault("content-security-policy"));
        await page.GetByText("List factories").First.WaitForAsync();
        foreach (var tag in new[] { "Factories", "Machines", "Materials", "Suppliers", "Customers", "Orders", "Users", "Templates", "Capabilities", "Maturity" })
        {
            Assert.True(await page.GetByText(tag, new PageGetByTextOptions { Exact = true }).CountAsync() > 0, $"The reference does not show the tag {tag}.");
        }

        await page.GetByText("Templates", new PageGetByTextOptions { Exact = true }).First.ClickAsync();
        await page.GetByText("Publish a template version").First.WaitForAsync();
        // The maturity operations are documented under their own tag, with the shapes the contract test checks.
        await page.GetByText("Maturity", new PageGetByTextOptions { Exact = true }).First.ClickAsync();
        await page.GetByText("Plan a maturity roadmap").First.WaitForAsync();
        await page.GetByText("Record a maturity assessment").First.WaitForAsync();

        // The built-in client calls the API on our origin with a bearer key (connect-src 'self').
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Test Request" }).First.ClickAsync();
        await page.GetByPlaceholder("Token").First.FillAsync(TestHost.AdminKey);
        var answer = page.WaitForResponseAsync(r => r.Url.StartsWith(origin + "/api/v1/factories", StringComparison.Ordinal));
        await page.Locator("button", new PageLocatorOptions { HasText = "Send get request to " + origin + "/api/v1/factories" }).First.ClickAsync();
        Assert.Equal(200, (await answer).Status);

        // The bundle's schema library probes once whether it may compile with Function('') and, refused, interprets
        // instead; that probe is the one report a policy without 'unsafe-eval' gets, and it changes nothing.
        var violations = (await page.EvaluateAsync<string[]>("window.__violations")).Where(v => v != "script-src eval").ToList();
        Assert.True(violations.Count == 0, "CSP violations: " + string.Join("; ", violations));
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
        Assert.Contains(requests, r => r.StartsWith(origin + "/openapi/v1.json", StringComparison.Ordinal));
        var foreign = requests.Where(r => !r.StartsWith(origin, StringComparison.Ordinal) && !r.StartsWith("data:", StringComparison.Ordinal) && !r.StartsWith("blob:", StringComparison.Ordinal)).ToList();
        Assert.True(foreign.Count == 0, "Requests to other origins: " + string.Join(", ", foreign));
    }
}
