namespace Microfactory.Server.Features.Plans;

/// <summary>The <c>Microfactory:Plans</c> section: how the live plan worker paces itself.</summary>
internal sealed class PlansOptions
{
    public const string Section = "Microfactory:Plans";

    /// <summary>How often the worker looks for events other processes recorded and for changed orders and machines.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long nothing must change before the deeper improvement runs; zero or less turns it off.</summary>
    public TimeSpan ImproveAfterQuiet { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How often (real time) operations started and finished on the shop floor are folded into a new plan version when
    /// nothing else changed; other events (orders, downtime, pins, a machine down) repair at once.
    /// </summary>
    public TimeSpan ExecutionRefresh { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time limit of one improvement search.</summary>
    public TimeSpan ImproveTimeLimit { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How long a machine that reports itself down is expected to stay down: the plan keeps work off it from the
    /// report until then (and, while it is still down after that, for another <see cref="DownMachineExtension"/>).
    /// </summary>
    public TimeSpan DownMachineExpectedRepair { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How far ahead the plan keeps work off a machine still down past its expected repair.</summary>
    public TimeSpan DownMachineExtension { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Labour cost per occupied machine hour added to the machines' rates (<see cref="FactoryModel.CostPerHour"/>); the quotes section's value.</summary>
    public decimal LabourRatePerHour { get; set; }
}
