using System.Collections.Concurrent;
using Microfactory.Shopfloor.Telemetry;

namespace Microfactory.Server.Features.Telemetry;

/// <summary>
/// Which machines exist and in which factory, cached for the ingest (thousands of messages a second must not each ask
/// the database). A machine the cache does not know, or knows in another factory, is looked up once (it may have been
/// created or moved since); a miss is remembered for <see cref="MissMemory"/>, so a flood of messages for a made-up
/// machine costs one query per second, not one per message.
/// </summary>
internal sealed class MachineDirectory(TelemetryStore store, TimeProvider time)
{
    public static readonly TimeSpan MissMemory = TimeSpan.FromSeconds(1);

    /// <summary>Most misses remembered at once; beyond it the memory starts afresh (it only saves queries).</summary>
    private const int MaxMisses = 10_000;

    private readonly ConcurrentDictionary<string, string> _factoryOf = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Factory, string Machine), DateTimeOffset> _misses = new();

    /// <summary>Null when <paramref name="machineId"/> is a machine of <paramref name="factoryId"/>; otherwise the problem (field <paramref name="field"/>).</summary>
    public async Task<TelemetryProblem?> CheckAsync(string factoryId, string machineId, string field, CancellationToken cancellationToken)
    {
        if (_factoryOf.TryGetValue(machineId, out var cached) && cached == factoryId)
        {
            return null;
        }
        var now = time.GetUtcNow();
        string? actual = cached;
        if (!_misses.TryGetValue((factoryId, machineId), out var missedAt) || now - missedAt >= MissMemory)
        {
            actual = await store.MachineFactoryAsync(machineId, cancellationToken);
            if (actual is null)
            {
                _factoryOf.TryRemove(machineId, out _);
            }
            else
            {
                _factoryOf[machineId] = actual;
            }
            if (actual != factoryId)
            {
                if (_misses.Count >= MaxMisses)
                {
                    _misses.Clear();
                }
                _misses[(factoryId, machineId)] = now;
            }
        }
        return actual == factoryId ? null
            : actual is null ? new TelemetryProblem(field, $"{field}: '{machineId}' names no machine.", TelemetryRejection.UnknownMachine)
            : new TelemetryProblem(field, $"{field}: machine '{machineId}' belongs to factory '{actual}', not '{factoryId}'.", TelemetryRejection.UnknownMachine);
    }
}
