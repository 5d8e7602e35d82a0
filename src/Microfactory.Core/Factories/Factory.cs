using System.Collections.Immutable;

namespace Microfactory.Core.Factories;

/// <summary>
/// A microfactory site. <see cref="TimeZoneId"/> is an IANA zone (Asia/Hong_Kong) that the
/// availability calendars and the hourly energy profile are read in; <see cref="EnergyProfile"/>
/// holds exactly 24 rates, one per local hour 0–23; money is in <see cref="Currency"/> (ISO 4217).
/// </summary>
public sealed record Factory(
    string Id,
    string Name,
    string Site,
    string TimeZoneId,
    GeoLocation Location,
    string Currency,
    ImmutableArray<HourlyEnergyRate> EnergyProfile)
{
    /// <summary>The energy rate for a local hour of day (0–23).</summary>
    public HourlyEnergyRate RateAt(int localHour) => EnergyProfile[localHour];
}
