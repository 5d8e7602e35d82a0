using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Support;

/// <summary>Debian's Chromium, headless, as the browser tests launch it (never a downloaded browser).</summary>
internal static class Chromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // As root Chromium needs --no-sandbox; the network flags keep it from calling out of this closed machine.
            Args = ["--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
}
