namespace Microfactory.Server.Components.Shopfloor;

/// <summary>
/// The dashboard's counted figures at <paramref name="At"/> for the factory-local day that began at <paramref name="DayStart"/>:
/// per machine, and summed over the factory. Pushed at most once a second while counts or energy arrive.
/// </summary>
internal sealed record FloorFigures(DateTimeOffset At, DateTimeOffset DayStart, IReadOnlyList<FloorMachineFigures> Machines, FloorMachineFigures Factory);
