namespace Microfactory.Planning.Timing;

/// <summary>Which hourly figure of the <see cref="Model.EnergyProfile"/> a timing decision minimises.</summary>
public enum EnergyMetric
{
    /// <summary>Electricity cost: kWh × the hour's price per kWh.</summary>
    Cost,

    /// <summary>Emissions: kWh × the hour's grid intensity, in kg CO2e.</summary>
    KgCo2e,
}
