using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>The configure page's live preview in a real browser: how often it asks the server, what it keeps while
/// values are invalid, and the 3D view.</summary>
public sealed class ConfigurePreviewTests : BrowserSession
{
    private const string Shelf = "/catalogue/wall-shelf";
    private const string Stand = "/catalogue/phone-stand";

    [Fact]
    public async Task Configure_OneKeystroke_FetchesThePageOnceAndNothingAfter()
    {
        var page = await SignedInPageAsync(Shelf);
        await page.WaitForSelectorAsync("form[data-live=ready]");
        var network = NetworkLog.Attach(page);

        await page.FocusAsync("#p-length");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("0"); // 600 -> 6000 mm: one change
        await page.WaitForFunctionAsync("() => document.querySelector('#m-length').innerText.trim() !== ''");
        await NetworkLog.QuietSpellAsync(page);
        var fetches = network.PageFetches(Shelf);
        Assert.True(fetches.Count == 1, $"one keystroke fetched the page {fetches.Count} times");
        Assert.Equal("true", await page.GetAttributeAsync("#p-length", "aria-invalid"));
        Assert.Contains("length=6000", fetches[0].Query, StringComparison.Ordinal);
        Assert.Empty(network.StlFetches());

        // Leaving the field announces a change of the same value: nothing new to ask for.
        await page.Keyboard.PressAsync("Tab");
        await NetworkLog.QuietSpellAsync(page);
        Assert.Single(network.PageFetches(Shelf));

        // Typing a value: the page is asked for what the field holds when typing pauses, once.
        network.Clear();
        await page.FocusAsync("#p-length");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("750");
        await page.WaitForFunctionAsync("() => location.search.includes('length=750') && document.querySelector('form[data-live-preview]').dataset.state === 'ready'");
        await NetworkLog.QuietSpellAsync(page);
        var answered = network.AnsweredPageFetches(Shelf);
        Assert.Single(answered);
        Assert.Contains("length=750", answered[0].Query, StringComparison.Ordinal);
        Assert.InRange(network.PageFetches(Shelf).Count, 1, 3); // at most one per keystroke, superseded ones aborted
        Assert.False(await page.Locator("#p-length").EvaluateAsync<bool>("e => e.classList.contains('is-invalid')"));
        Assert.Empty(network.Errors());
    }

    [Fact]
    public async Task Configure_InvalidValue_KeepsTheLastPreviewAndMarksTheField()
    {
        var page = await SignedInPageAsync(Shelf);
        await page.WaitForSelectorAsync("form[data-live=ready]");
        var firstPreview = await page.InnerHTMLAsync(".mf-svg-preview");
        await page.EvaluateAsync("window.__sameDocument = true");

        await page.FillAsync("#p-length", "1000"); // 1.5 mm steel sags over 900 mm: a rule names length and material
        await page.WaitForSelectorAsync("#p-length.is-invalid");
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"), "the page reloaded instead of updating in place");
        Assert.Equal("true", await page.GetAttributeAsync("#p-length", "aria-invalid"));
        Assert.Equal("true", await page.GetAttributeAsync("#p-material", "aria-invalid"));
        Assert.Contains("m-length", await page.GetAttributeAsync("#p-length", "aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.NotEqual("", (await page.InnerTextAsync("#m-length")).Trim());
        Assert.Equal(firstPreview, await page.InnerHTMLAsync(".mf-svg-preview"));
        Assert.Contains("mf-stale", await page.GetAttributeAsync("[data-design]", "class") ?? "", StringComparison.Ordinal);
        Assert.False(await page.IsVisibleAsync(".mf-downloads"), "downloads for values that cannot be made are offered");
        // The summary names the fields by their labels, not their ids.
        var summary = await page.InnerTextAsync("[data-problems]");
        Assert.Contains("Length, Steel:", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("length, material", summary, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("configure-invalid"), FullPage = true });

        await page.SelectOptionAsync("#p-material", "mat_steel_dc01_2_0");
        await page.WaitForSelectorAsync("[data-design]:not(.mf-stale) .mf-svg-preview svg");
        Assert.Equal(0, await page.Locator("[data-problems]").CountAsync());
        Assert.Null(await page.GetAttributeAsync("#p-length", "aria-invalid"));
        Assert.Equal(0, await page.Locator(".is-invalid").CountAsync());
        Assert.Equal("", (await page.InnerTextAsync("#m-length")).Trim());
        Assert.NotEqual(firstPreview, await page.InnerHTMLAsync(".mf-svg-preview"));
        Assert.Contains("length=1000", page.Url, StringComparison.Ordinal);

        var dxfLink = await page.GetAttributeAsync("a[download$='.dxf']", "href");
        var dxf = await page.APIRequest.GetAsync(dxfLink!);
        Assert.Equal(200, dxf.Status);
        Assert.Contains("AC1009", await dxf.TextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("configure"), FullPage = true });
    }

    [Fact]
    public async Task Configure_PrintedPart_TurnsWithTheMouseAndSwapsThePartInOneRenderer()
    {
        var page = await SignedInPageAsync(Stand);
        var console = new ConcurrentQueue<string>();
        page.Console += (_, message) => console.Enqueue(message.Text);
        var canvas = page.Locator("canvas.mf-stl");
        await page.WaitForSelectorAsync("canvas.mf-stl[data-shown]");
        Assert.True(int.Parse(await canvas.GetAttributeAsync("data-triangles") ?? "0", CultureInfo.InvariantCulture) > 12);
        Assert.True(await PartPixelsAsync(page) > 2000, "the part is not drawn");

        var before = await PixelsAsync(page);
        await DragAsync(page, canvas, 140, 40);
        Assert.NotEqual(before, await PixelsAsync(page)); // the view turned

        await page.EvaluateAsync("window.__canvas = document.querySelector('canvas.mf-stl')");
        var network = NetworkLog.Attach(page);
        await page.FillAsync("#p-width", "120");
        await page.WaitForFunctionAsync("() => (document.querySelector('canvas.mf-stl').dataset.shown || '').includes('width=120')");
        await NetworkLog.QuietSpellAsync(page);
        Assert.Single(network.PageFetches(Stand));
        Assert.Single(network.StlFetches());
        Assert.True(await page.EvaluateAsync<bool>("window.__canvas === document.querySelector('canvas.mf-stl')"), "a new canvas (and WebGL context) was made for the new part");
        Assert.True(await PartPixelsAsync(page) > 2000, "the new part is not drawn");

        var after = await PixelsAsync(page);
        await DragAsync(page, canvas, -160, 0);
        Assert.NotEqual(after, await PixelsAsync(page)); // still turnable after the update
        Assert.DoesNotContain(console, m => m.Contains("WebGL contexts", StringComparison.Ordinal) || m.Contains("Context Lost", StringComparison.Ordinal));
        Assert.Empty(network.Errors());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath("stl"), FullPage = true });
    }

    [Fact]
    public async Task Configure_SteelChoice_ShowsShortOptionsLeadingWithWhatDiffersThatFitTheField()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await SignedInPageAsync(Shelf, width, width == 390 ? 844 : 900);
            var texts = await page.Locator("#p-material option").AllInnerTextsAsync();
            Assert.Equal(new[] { "Cold-rolled DC01 · 1.5 mm", "Cold-rolled DC01 · 2.0 mm", "Galvanised DX51D Z275 · 1.0 mm" }, texts.Select(t => t.Trim()));
            Assert.Equal("Cold-rolled steel sheet DC01, 1.5 mm", (await page.InnerTextAsync("#h-material")).Trim());
            // Each option's text fits in the field beside the arrow, measured with the field's own font.
            var overflow = await page.EvaluateAsync<string[]>("""
                () => {
                  const select = document.querySelector('#p-material');
                  const style = getComputedStyle(select);
                  const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                  const g = document.createElement('canvas').getContext('2d');
                  g.font = style.font;
                  return [...select.options].filter(o => g.measureText(o.text).width > room).map(o => `${o.text}: ${g.measureText(o.text).width} > ${room}`);
                }
                """);
            Assert.Empty(overflow);
            // Routing names capabilities, not their ids.
            Assert.Equal("Laser cutting, sheet metal", (await page.InnerTextAsync("tr[data-operation=laser-cut] td[data-capability]")).Trim());
            await page.Context.CloseAsync();
        }
    }

    private static async Task DragAsync(IPage page, ILocator target, int dx, int dy)
    {
        var box = await target.BoundingBoxAsync() ?? throw new InvalidOperationException("the canvas is not laid out");
        var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + dx, y + dy, new MouseMoveOptions { Steps = 8 });
        await page.Mouse.UpAsync();
    }

    private static Task<string> PixelsAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.querySelector('canvas.mf-stl').toDataURL()");

    // The canvas's blue (part-coloured) pixels: the part is drawn, not just loaded.
    private static Task<int> PartPixelsAsync(IPage page) =>
        page.EvaluateAsync<int>("""
            () => {
              const c = document.querySelector('canvas.mf-stl');
              const copy = document.createElement('canvas');
              copy.width = c.width; copy.height = c.height;
              const g = copy.getContext('2d');
              g.drawImage(c, 0, 0);
              const d = g.getImageData(0, 0, copy.width, copy.height).data;
              let n = 0;
              for (let i = 0; i < d.length; i += 4) { if (d[i + 2] > 120 && d[i] < 90) n++; }
              return n;
            }
            """);
}
