using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>Every Content-Security-Policy violation a page reports (an inline style or script the server's policy blocked), from the next load on.</summary>
internal static class CspViolations
{
    public static async Task<ConcurrentQueue<string>> WatchAsync(IPage page)
    {
        var violations = new ConcurrentQueue<string>();
        await page.ExposeFunctionAsync("__violation", (string report) => violations.Enqueue(report));
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));");
        return violations;
    }
}
