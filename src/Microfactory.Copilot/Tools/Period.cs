namespace Microfactory.Copilot.Tools;

/// <summary>
/// A named stretch of time. The host resolves it against its clock, the factory's time zone and the machines' shifts, so
/// the library never reads a clock; results carry the window they cover.
/// </summary>
public enum Period
{
    /// <summary>Since midnight at the factory.</summary>
    Today,

    /// <summary>The previous calendar day at the factory.</summary>
    Yesterday,

    /// <summary>The shift that is running now (or the last one when none is).</summary>
    ThisShift,

    /// <summary>The last shift that has ended.</summary>
    LastShift,

    /// <summary>Since Monday 00:00 at the factory.</summary>
    ThisWeek,

    /// <summary>The previous Monday-to-Sunday week.</summary>
    LastWeek,
}
