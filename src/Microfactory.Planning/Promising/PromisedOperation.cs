using Microfactory.Planning.Model;

namespace Microfactory.Planning.Promising;

/// <summary>Where and when one operation of the new job would run, and the energy and machine time it would cost there.</summary>
/// <param name="Assignment">Machine and ticks; the job index is the instance's job count (the next index).</param>
/// <param name="EnergyKwh">Machine power × occupied time (setup and processing), in kWh.</param>
/// <param name="EnergyCost">Σ kWh × price of the hour in which it is drawn.</param>
/// <param name="KgCo2e">Σ kWh × grid intensity of the hour in which it is drawn.</param>
/// <param name="TimeCost">Occupied hours (setup and processing) × the machine's <see cref="Machine.CostPerHour"/>; 0 without an energy profile.</param>
public sealed record PromisedOperation(Assignment Assignment, double EnergyKwh, decimal EnergyCost, double KgCo2e, decimal TimeCost = 0)
{
    /// <summary>What the operation costs: <see cref="EnergyCost"/> + <see cref="TimeCost"/>.</summary>
    public decimal Cost => EnergyCost + TimeCost;
}
