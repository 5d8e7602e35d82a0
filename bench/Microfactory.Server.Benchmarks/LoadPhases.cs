using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Microfactory.Server.Benchmarks;

/// <summary>
/// Drives POST /api/v1/quotes. <see cref="ClosedAsync"/>: a fixed number of clients, each sending its next request when
/// the last one answered (the most the server sustains). <see cref="OpenAsync"/>: requests sent on a fixed schedule,
/// whatever the server does, with each latency measured from the moment the request was due, so that a stalled server
/// cannot hide its queue (no coordinated omission). A failure is anything but 201 with three options.
/// </summary>
internal static class LoadPhases
{
    public static async Task<LatencySummary> ClosedAsync(string phase, Func<int, (HttpClient Client, string Body)> next, int clients, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        var sequence = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref sequence);
                var started = Stopwatch.GetTimestamp();
                var (client, body) = next(n);
                var failure = await SendAsync(client, body);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (failure is not null)
                {
                    failures.AddOrUpdate(failure, 1, (_, count) => count + 1);
                }
            }
        }));
        return LatencySummary.From(phase, [.. latencies], failures, clock.Elapsed.TotalSeconds);
    }

    public static async Task<LatencySummary> OpenAsync(string phase, Func<int, (HttpClient Client, string Body)> next, double perSecond, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentDictionary<string, int>();
        var total = (int)Math.Round(perSecond * duration.TotalSeconds);
        var requests = Enumerable.Range(0, total).Select(next).ToArray(); // built before the clock starts: the driver's own work stays out of the figures
        var inFlight = new List<Task>(total);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i / perSecond * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }
            var (client, request) = requests[i];
            inFlight.Add(Task.Run(async () =>
            {
                var failure = await SendAsync(client, request);
                latencies.Add(Stopwatch.GetElapsedTime(due).TotalMilliseconds);
                if (failure is not null)
                {
                    failures.AddOrUpdate(failure, 1, (_, count) => count + 1);
                }
            }));
        }
        await Task.WhenAll(inFlight);
        // Throughput until the last answer: a server that falls behind the schedule shows it here as well as in the latencies.
        return LatencySummary.From(phase, [.. latencies], failures, Math.Max(Stopwatch.GetElapsedTime(start).TotalSeconds, duration.TotalSeconds));
    }

    /// <summary>Null when the quote came back whole; otherwise what went wrong, short enough to count by kind.</summary>
    private static async Task<string?> SendAsync(HttpClient client, string body)
    {
        try
        {
            using var response = await client.PostAsync(new Uri("/api/v1/quotes", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Created)
            {
                return $"{(int)response.StatusCode} {Trim(text)}";
            }
            return JsonNode.Parse(text)?["options"] is JsonArray { Count: 3 } ? null : "201 without three options";
        }
        catch (HttpRequestException ex)
        {
            return $"transport: {ex.Message}";
        }
        catch (TaskCanceledException)
        {
            return "timeout (60 s)";
        }
    }

    private static string Trim(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
