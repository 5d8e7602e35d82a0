using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Microfactory.Server.Tests.Ui;

/// <summary>What a page asked the server for, as the browser saw it: every request, the ones that failed or were
/// aborted, and every answer of 400 or more (a missing asset, a broken link).</summary>
internal sealed class NetworkLog
{
    private readonly ConcurrentQueue<IRequest> _requests = new();
    private readonly ConcurrentQueue<IRequest> _failed = new();
    private readonly ConcurrentQueue<string> _errors = new();

    private NetworkLog(IPage page)
    {
        page.Request += (_, request) => _requests.Enqueue(request);
        page.RequestFailed += (_, request) => _failed.Enqueue(request);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _errors.Enqueue($"{response.Status} {response.Url}");
            }
        };
    }

    public static NetworkLog Attach(IPage page) => new(page);

    /// <summary>Forgets what was seen so far, so that the counts start at the change a test makes next.</summary>
    public void Clear()
    {
        _requests.Clear();
        _failed.Clear();
        _errors.Clear();
    }

    /// <summary>The live preview's requests: script fetches of the page at <paramref name="path"/> with new values.</summary>
    public IReadOnlyList<Uri> PageFetches(string path) =>
        [.. _requests.Where(r => r.ResourceType == "fetch").Select(r => new Uri(r.Url)).Where(u => u.AbsolutePath == path)];

    /// <summary>Page fetches that got an answer (not aborted because a newer change superseded them).</summary>
    public IReadOnlyList<Uri> AnsweredPageFetches(string path)
    {
        var failed = _failed.ToHashSet();
        return [.. _requests.Where(r => r.ResourceType == "fetch" && !failed.Contains(r)).Select(r => new Uri(r.Url)).Where(u => u.AbsolutePath == path)];
    }

    public IReadOnlyList<Uri> StlFetches() =>
        [.. _requests.Select(r => new Uri(r.Url)).Where(u => u.AbsolutePath.EndsWith(".stl", StringComparison.Ordinal))];

    public IReadOnlyList<string> Errors() => [.. _errors];

    /// <summary>
    /// Waits a quiet spell, so that anything the page would still fetch by itself (a poller, a retry loop, a second
    /// request for the same change) is seen: a loop at any interval shorter than this shows up in the counts.
    /// Nothing is asserted about how long anything took.
    /// </summary>
    public static Task QuietSpellAsync(IPage page) => page.WaitForTimeoutAsync(2_000);
}
