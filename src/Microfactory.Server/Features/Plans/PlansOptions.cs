namespace Microfactory.Server.Features.Plans;

/// <summary>The <c>Microfactory:Plans</c> section: how the live plan worker paces itself.</summary>
internal sealed class PlansOptions
{
    public const string Section = "Microfactory:Plans";

    /// <summary>How often the worker looks for events other processes recorded and for changed orders and machines.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long nothing must change before the deeper improvement runs; zero or less turns it off.</summary>
    public TimeSpan ImproveAfterQuiet { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Time limit of one improvement search.</summary>
    public TimeSpan ImproveTimeLimit { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Labour cost per occupied machine hour added to the machines' rates (<see cref="FactoryModel.CostPerHour"/>); the quotes section's value.</summary>
    public decimal LabourRatePerHour { get; set; }
}
