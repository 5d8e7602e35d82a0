namespace Microfactory.Maturity.Model;

/// <summary>What a measured figure counts: a share (0–1), a count, or a number of days.</summary>
public enum FigureUnit
{
    /// <summary>A fraction from 0 to 1, shown as a percentage.</summary>
    Share,

    /// <summary>A whole number of things.</summary>
    Count,

    /// <summary>A length of history in days.</summary>
    Days,
}
