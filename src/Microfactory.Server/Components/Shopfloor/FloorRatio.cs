using Microfactory.Server.Features.Oee;

namespace Microfactory.Server.Components.Shopfloor;

/// <summary>OEE and its three factors (0..1; null where not measurable, as <see cref="OeeItemResponse"/> says), with the parts counted for it.</summary>
internal sealed record FloorRatio(double? Oee, double? Availability, double? Performance, double? Quality, long Good, long Scrap)
{
    /// <summary>Nothing measurable: no planned time.</summary>
    public static FloorRatio None { get; } = new(null, null, null, null, 0, 0);

    public static FloorRatio Of(OeeItemResponse item) => new(item.Oee, item.Availability, item.Performance, item.Quality, item.GoodCount, item.ScrapCount);
}
