namespace Microfactory.Planning.Model;

/// <summary>A machine: its power draw while working and the windows in which it cannot work.</summary>
/// <param name="Name">Display name.</param>
/// <param name="PowerKw">Electrical power while an operation (setup or processing) runs, in kW.</param>
/// <param name="Unavailable">Maintenance or breakdown windows; no operation may overlap them.</param>
public sealed record Machine(string Name, double PowerKw, IReadOnlyList<TimeWindow> Unavailable)
{
    /// <summary>A machine with no power draw and no unavailability, as the benchmark formats imply.</summary>
    public static Machine Plain(int index) => new($"M{index}", 0, []);
}
