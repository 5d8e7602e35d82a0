namespace Microfactory.Planning.Model;

/// <summary>A machine: its power draw while working, the windows in which it cannot work, and what an hour of it costs.</summary>
/// <param name="Name">Display name.</param>
/// <param name="PowerKw">Electrical power while an operation (setup or processing) runs, in kW.</param>
/// <param name="Unavailable">Maintenance or breakdown windows; no operation may overlap them.</param>
/// <param name="CostPerHour">
/// What an occupied hour (setup or processing) costs apart from energy, at least 0, in the
/// currency of the energy profile's prices (for example machine rate plus operator labour).
/// An hour is the energy profile's <see cref="EnergyProfile.TicksPerHour"/>; without a profile
/// there is no hour and the figure is not used. Quotes add it to the energy cost when they
/// look for the cheapest placement.
/// </param>
public sealed record Machine(string Name, double PowerKw, IReadOnlyList<TimeWindow> Unavailable, decimal CostPerHour = 0)
{
    /// <summary>A machine with no power draw and no unavailability, as the benchmark formats imply.</summary>
    public static Machine Plain(int index) => new($"M{index}", 0, []);
}
