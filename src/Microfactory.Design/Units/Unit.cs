namespace Microfactory.Design.Units;

/// <summary>A unit of measure: its symbol, its dimension, and the factor that converts a value in this unit to SI base units.</summary>
internal sealed record Unit(string Symbol, Dimension Dimension, double ToSi)
{
    public double FromSi(double si) => si / ToSi;
}
