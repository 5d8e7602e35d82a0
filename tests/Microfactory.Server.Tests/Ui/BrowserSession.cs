using Microfactory.Server.Tests.Support;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>
/// What every browser test starts with: its own database and server process, and Debian's Chromium driven by
/// Playwright (never a downloaded browser). Each test class instance, so each test, owns all three.
/// </summary>
public abstract class BrowserSession : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private IPlaywright _playwright = null!;

    internal ServerProcess Server { get; private set; } = null!;

    internal IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("sqlite", migrate: false);
        var work = Path.Combine(Path.GetTempPath(), "mf-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        Server = await ServerProcess.StartAsync(_database.ConnectionString, work, await ServerEnvironmentAsync());
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        Server.Dispose();
        await _database.DisposeAsync();
        await ServerStoppedAsync();
    }

    /// <summary>Settings for the server process (a broker to take telemetry from, say); started before the server, so it may start what they name.</summary>
    protected virtual Task<IReadOnlyDictionary<string, string>?> ServerEnvironmentAsync() => Task.FromResult<IReadOnlyDictionary<string, string>?>(null);

    /// <summary>After the server was stopped: the place to stop what <see cref="ServerEnvironmentAsync"/> started.</summary>
    protected virtual Task ServerStoppedAsync() => Task.CompletedTask;

    /// <summary>A page in a fresh context (its own cookies) with the given window size; 1280 × 900 unless told.</summary>
    internal async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        // CI machines are shared and slow at times: wait generously; the assertions, not the clock, decide.
        page.SetDefaultTimeout(90_000);
        return page;
    }

    internal async Task<IPage> SignedInPageAsync(string path, int width = 1280, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        await SignInAsync(page, path);
        return page;
    }

    internal static async Task SignInAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.FillAsync("#email", "admin@microfactory.local");
        await page.FillAsync("#password", ServerProcess.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**" + path);
    }

    internal static string ShotPath(string name) => Path.Combine(Path.GetTempPath(), $"mf-ui-{name}.png");
}
