using System.Collections.Frozen;

namespace Microfactory.Design.Capabilities;

/// <summary>
/// The machine capabilities a platform offers (ids such as <c>cap_laser_cut_metal</c>). Publishing
/// checks every routing operation's capability against it, so a typo cannot become a published
/// operation that no machine can run. Ids are compared ordinally.
/// </summary>
public sealed class CapabilityCatalog
{
    private readonly FrozenSet<string> _ids;

    /// <summary>Creates the catalogue from capability ids; repeats are harmless.</summary>
    public CapabilityCatalog(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        _ids = ids.ToFrozenSet(StringComparer.Ordinal);
        Ids = [.. _ids.Order(StringComparer.Ordinal)];
    }

    /// <summary>Every capability id, in ordinal order.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>True when the platform offers this capability.</summary>
    public bool Contains(string id) => _ids.Contains(id);

    /// <summary>The known id closest to <paramref name="id"/> by edit distance when it is a likely typo (at most two edits), else null.</summary>
    public string? Closest(string id)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in Ids)
        {
            var distance = EditDistance(id, candidate, bestDistance);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }
        return best;
    }

    /// <summary>Levenshtein distance, cut short once every path exceeds <paramref name="limit"/> (ids are at most 64 characters).</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) >= limit)
        {
            return limit;
        }
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin >= limit)
            {
                return limit;
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
