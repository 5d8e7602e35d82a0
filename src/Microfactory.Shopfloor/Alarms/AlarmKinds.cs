namespace Microfactory.Shopfloor.Alarms;

/// <summary>The wire names of <see cref="AlarmKind"/>: <c>machine-down</c>, <c>operation-overrun</c>, <c>energy-out-of-band</c>.</summary>
public static class AlarmKinds
{
    /// <summary>Every wire name, in the order of the enum.</summary>
    public static IReadOnlyList<string> Names { get; } = ["machine-down", "operation-overrun", "energy-out-of-band"];

    /// <summary>The wire name of <paramref name="kind"/>.</summary>
    public static string Name(AlarmKind kind) => Names[(int)kind];

    /// <summary>Reads a wire name (exact, lower case); false for anything else.</summary>
    public static bool TryParse(string? name, out AlarmKind kind)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                kind = (AlarmKind)i;
                return true;
            }
        }
        kind = AlarmKind.MachineDown;
        return false;
    }
}
