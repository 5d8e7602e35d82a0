using Microfactory.Core.Factories;
using Microfactory.Core.Machines;

namespace Microfactory.Server.Components.Shopfloor;

/// <summary>
/// What the shop-floor dashboard renders first: the factory, its machines with their tiles (same order), the day's
/// counts and energy, OEE now and per day, and the alarms still true.
/// </summary>
internal sealed record FloorView(
    Factory Factory,
    IReadOnlyList<Machine> Machines,
    IReadOnlyList<FloorTile> Tiles,
    FloorFigures Figures,
    FloorOeeFigures Oee,
    IReadOnlyList<FloorTrendDay> Trend,
    IReadOnlyList<FloorAlarm> Alarms);
