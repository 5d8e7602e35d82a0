namespace Microfactory.Shopfloor.Telemetry;

/// <summary>The wire names of <see cref="TelemetryKind"/>: <c>state</c>, <c>count</c>, <c>energy</c>.</summary>
public static class TelemetryKinds
{
    /// <summary>Every wire name, in the order of the enum.</summary>
    public static IReadOnlyList<string> Names { get; } = ["state", "count", "energy"];

    /// <summary>The wire name of <paramref name="kind"/>.</summary>
    public static string Name(TelemetryKind kind) => Names[(int)kind];

    /// <summary>Reads a wire name (exact, lower case); false for anything else.</summary>
    public static bool TryParse(string? name, out TelemetryKind kind)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                kind = (TelemetryKind)i;
                return true;
            }
        }
        kind = TelemetryKind.State;
        return false;
    }
}
