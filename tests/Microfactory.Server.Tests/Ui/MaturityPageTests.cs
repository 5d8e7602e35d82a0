using Microfactory.Server.Tests.Support;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>A person completes a maturity assessment in the browser and sees the radar, measured evidence and a roadmap that links to platform pages.</summary>
public sealed class MaturityPageTests : BrowserSession
{
    [Fact]
    public async Task Maturity_CompleteAssessment_ShowsRadarEvidenceGapAndRoadmapLinks()
    {
        var page = await SignedInPageAsync("/maturity");
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        Assert.Equal(13, await page.Locator("[data-question]").CountAsync());

        await page.SelectOptionAsync("#level-carbon-suppliers", "5");
        await page.FillAsync("#note-carbon-suppliers", "All suppliers send footprints by e-mail.");
        await page.FillAsync("#link-carbon-suppliers", "/suppliers");
        await page.SelectOptionAsync("#level-parametric-design", "3");
        await page.ClickAsync("text=Save assessment");

        Assert.Contains("Assessment saved", await page.InnerTextAsync("[data-message]"), StringComparison.Ordinal);
        await page.WaitForSelectorAsync("[data-radar][data-rendered=true] svg");
        Assert.Equal(1, await page.Locator("tr[data-assessment]").CountAsync());
        // The demo's suppliers are not all on PACT: the claim of 5 runs ahead of the measured level.
        var carbon = page.Locator("tr[data-row=carbon-suppliers]");
        Assert.Contains("claimed", await carbon.Locator("[data-gap]").InnerTextAsync(), StringComparison.Ordinal);
        // The copilot's questions of the last week are measured (a count, so a level even when nobody asked).
        Assert.Matches("^[0-5]$", (await page.Locator("tr[data-row=ai-use] [data-measured]").InnerTextAsync()).Trim());
        Assert.Equal("back the claim", (await page.Locator("[data-step='1'] .badge.text-bg-warning").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("[data-step-link]").CountAsync() > 0);
        Assert.True(await page.Locator("[data-step-planned]").CountAsync() > 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("maturity"), FullPage = true });

        await page.Locator("[data-step-link]").First.ClickAsync();
        Assert.DoesNotContain("/maturity", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Maturity_OutOfRangeLevel_IsRefusedNamingTheDimensionAndKeepsNothing()
    {
        var page = await SignedInPageAsync("/maturity");
        await page.EvalOnSelectorAsync("#level-ai-use", "s => { s.add(new Option('9', '9')); s.value = '9'; }");
        await page.ClickAsync("text=Save assessment");

        var message = await page.InnerTextAsync("[data-message]");
        Assert.Contains("AI use: ", message, StringComparison.Ordinal);
        Assert.Contains("between 0 and 5", message, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("tr[data-assessment]").CountAsync());
    }

    [Fact]
    public async Task Maturity_PhoneWidth_RadarFitsAndReportPrintsWithoutNavigation()
    {
        var page = await SignedInPageAsync("/maturity", width: 390, height: 844);
        await page.WaitForSelectorAsync("[data-radar][data-rendered=true] svg");
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the maturity page scrolls sideways on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("maturity-phone"), FullPage = true });

        await page.ClickAsync("[data-report-link]");
        await page.WaitForSelectorAsync("[data-report]");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".mf-sidebar").IsVisibleAsync());
        Assert.False(await page.Locator("[data-print]").IsVisibleAsync());
        Assert.True(await page.Locator("[data-roadmap]").IsVisibleAsync());
    }
}
