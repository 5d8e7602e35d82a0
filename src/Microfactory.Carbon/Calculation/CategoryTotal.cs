using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Calculation;

/// <summary>The subtotal of one category.</summary>
/// <param name="Category">The category.</param>
/// <param name="KgCo2e">Sum of the category's lines in kg CO2e, for all units.</param>
public sealed record CategoryTotal(LineCategory Category, decimal KgCo2e);
