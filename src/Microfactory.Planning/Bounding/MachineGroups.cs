using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Bounding;

/// <summary>Finds the <see cref="MachineGroup"/>s of a problem, in order of first appearance.</summary>
internal static class MachineGroups
{
    /// <summary>Enough for every benchmark and factory instance; beyond it the bound only gets weaker, never wrong.</summary>
    public const int MaxGroups = 256;

    public static List<MachineGroup> Of(ProblemData data)
    {
        var words = (data.MachineCount + 63) / 64;
        var n = data.OperationCount;
        var sets = new ulong[n][];
        var distinct = new List<ulong[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var op = 0; op < n; op++)
        {
            var set = new ulong[words];
            for (var a = data.OptionStart[op]; a < data.OptionStart[op + 1]; a++)
            {
                var k = data.OptionMachine[a];
                set[k >> 6] |= 1UL << (k & 63);
            }
            sets[op] = set;
            if (distinct.Count < MaxGroups && seen.Add(string.Join(',', set)))
            {
                distinct.Add(set);
            }
        }
        var groups = new List<MachineGroup>(distinct.Count);
        foreach (var group in distinct)
        {
            // Zero-length work does not occupy a machine, so it takes no part in sequencing.
            var inside = Enumerable.Range(0, n).Where(op => data.MinTime[op] > 0 && IsSubset(sets[op], group)).ToArray();
            var machines = Enumerable.Range(0, data.MachineCount).Where(k => (group[k >> 6] & (1UL << (k & 63))) != 0).ToArray();
            groups.Add(new MachineGroup(machines, inside));
        }
        return groups;
    }

    private static bool IsSubset(ulong[] set, ulong[] of)
    {
        for (var w = 0; w < set.Length; w++)
        {
            if ((set[w] & ~of[w]) != 0)
            {
                return false;
            }
        }
        return true;
    }
}
