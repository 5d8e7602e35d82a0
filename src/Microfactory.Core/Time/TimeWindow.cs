namespace Microfactory.Core.Time;

/// <summary>A half-open interval [<see cref="StartsAt"/>, <see cref="EndsAt"/>) in absolute time, with the reason it exists (maintenance, breakdown, holiday).</summary>
public sealed record TimeWindow(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Reason)
{
    public TimeSpan Duration => EndsAt - StartsAt;

    public bool Overlaps(TimeWindow other) => StartsAt < other.EndsAt && other.StartsAt < EndsAt;
}
