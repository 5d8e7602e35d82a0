namespace Microfactory.Server.Components.Shopfloor;

/// <summary>The factory's OEE on one factory-local day (today: so far).</summary>
internal sealed record FloorTrendDay(DateOnly Day, FloorRatio Ratio);
