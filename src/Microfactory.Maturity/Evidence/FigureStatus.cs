namespace Microfactory.Maturity.Evidence;

/// <summary>Whether a figure could be measured.</summary>
public enum FigureStatus
{
    /// <summary>Measured: the figure has a value and the level it shows.</summary>
    Measured,

    /// <summary>The data exists on the platform, but there is nothing to measure yet (no orders, no suppliers).</summary>
    NoDataYet,

    /// <summary>The platform does not record this data yet: the capability behind it is still to come.</summary>
    NotRecorded,
}
