using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Microfactory.Server.Benchmarks;

/// <summary>
/// Follows a factory's plan: its server-sent events (<c>GET …/plan/events</c>, one <c>plan</c> event per stored
/// version) from the moment it is opened, and the stored plan itself.
/// </summary>
internal sealed class PlanWatch : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private readonly List<(long Version, string Reason, long Timestamp)> _versions = [];
    private readonly SemaphoreSlim _arrived = new(0);

    private PlanWatch(HttpResponseMessage response)
    {
        _response = response;
        _reader = ReadAsync();
    }

    public static async Task<PlanWatch> OpenAsync(HttpClient client, string factoryId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/factories/{factoryId}/plan/events", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET …/plan/events answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return new PlanWatch(response);
    }

    /// <summary>Waits for the first version after <paramref name="afterVersion"/> whose reason satisfies <paramref name="match"/>; returns its number and when it arrived (a Stopwatch timestamp).</summary>
    public async Task<(long Version, long Timestamp)> NextAsync(long afterVersion, Func<string, bool> match, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            lock (_versions)
            {
                foreach (var (version, reason, timestamp) in _versions)
                {
                    if (version > afterVersion && match(reason))
                    {
                        return (version, timestamp);
                    }
                }
            }
            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero || _reader.IsCompleted)
            {
                throw new TimeoutException($"no plan version after {afterVersion} matched within {timeout.TotalSeconds:0} s{(_reader.IsFaulted ? ": " + _reader.Exception?.GetBaseException().Message : "")}");
            }
            await _arrived.WaitAsync(left);
        }
    }

    private async Task ReadAsync()
    {
        using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(_stop.Token));
        string? eventName = null;
        var data = new List<string>();
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (eventName is null or "plan" && data.Count > 0 && JsonNode.Parse(string.Join('\n', data)) is JsonObject plan && plan["version"] is { } version)
                {
                    lock (_versions)
                    {
                        _versions.Add((version.GetValue<long>(), plan["reason"]?.ToJsonString() ?? "", Stopwatch.GetTimestamp()));
                    }
                    _arrived.Release();
                }
                eventName = null;
                data.Clear();
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                eventName = line[6..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Add(line[5..].TrimStart());
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reader;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
        catch (IOException)
        {
            // the connection ended with the server
        }
        _response.Dispose();
        _stop.Dispose();
        _arrived.Dispose();
    }
}
