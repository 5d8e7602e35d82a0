namespace Microfactory.Planning.Model;

/// <summary>A half-open interval [<see cref="StartTick"/>, <see cref="EndTick"/>) of ticks.</summary>
public sealed record TimeWindow(long StartTick, long EndTick)
{
    /// <summary>True when the two half-open intervals share at least one tick.</summary>
    public bool Overlaps(long startTick, long endTick) => startTick < EndTick && StartTick < endTick;
}
