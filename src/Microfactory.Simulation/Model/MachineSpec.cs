namespace Microfactory.Simulation.Model;

/// <summary>
/// A simulated machine. Power is in kW; times are in seconds (= ticks). While the machine is on
/// (idle, setup or running) its failure clock runs: the up time to the next failure is drawn from
/// <see cref="TimeBetweenFailures"/> and the repair time from <see cref="TimeToRepair"/>.
/// </summary>
/// <param name="Id">Stable id, unique in the model (for example <c>mch_laser</c>).</param>
/// <param name="IdleKw">Draw while idle or down (controls stay powered), in kW, at least 0.</param>
/// <param name="WorkingKw">Draw during setup and running, in kW, at least 0.</param>
/// <param name="ScrapRate">Probability that a part comes out as scrap, 0..1, drawn per part.</param>
/// <param name="DurationCv">Coefficient of variation of setup and run durations (lognormal noise around the planned value); 0 = exact.</param>
/// <param name="SetupSeconds">Setup used by operations that do not give their own <see cref="OperationSpec.SetupTicks"/>.</param>
/// <param name="TimeBetweenFailures">Up time between failures (usually <see cref="Distribution.Exponential"/> of the MTBF); null = never fails.</param>
/// <param name="TimeToRepair">Repair time (its mean is the MTTR); required when <see cref="TimeBetweenFailures"/> is set.</param>
public sealed record MachineSpec(
    string Id,
    double IdleKw,
    double WorkingKw,
    double ScrapRate = 0,
    double DurationCv = 0,
    long SetupSeconds = 0,
    Distribution? TimeBetweenFailures = null,
    Distribution? TimeToRepair = null)
{
    /// <summary>This machine with exponential failures of mean <paramref name="mtbfSeconds"/> and exponential repairs of mean <paramref name="mttrSeconds"/>.</summary>
    public MachineSpec WithFailures(double mtbfSeconds, double mttrSeconds) =>
        this with { TimeBetweenFailures = Distribution.Exponential(mtbfSeconds), TimeToRepair = Distribution.Exponential(mttrSeconds) };
}
