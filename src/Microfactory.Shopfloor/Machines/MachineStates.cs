namespace Microfactory.Shopfloor.Machines;

/// <summary>The wire names of <see cref="MachineState"/>.</summary>
public static class MachineStates
{
    /// <summary>Every wire name, in the order of the enum.</summary>
    public static IReadOnlyList<string> Names { get; } = ["off", "idle", "setup", "running", "down"];

    /// <summary>The wire name of <paramref name="state"/>.</summary>
    public static string Name(MachineState state) => Names[(int)state];

    /// <summary>Reads a wire name (exact, lower case); false for anything else.</summary>
    public static bool TryParse(string? name, out MachineState state)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                state = (MachineState)i;
                return true;
            }
        }
        state = MachineState.Off;
        return false;
    }
}
