using Microfactory.Core.Factories;
using Microfactory.Core.Orders;
using Microfactory.Design.Evaluation;
using CoreMachine = Microfactory.Core.Machines.Machine;

namespace Microfactory.Server.Features.Plans;

/// <summary>
/// What a plan is made from: the factory, its machines, its open orders with each line's routing (null when the line
/// has no valid design), the pins, the previous version's operations (by stable id) to keep where they can stay, and
/// what the shop floor has executed.
/// </summary>
internal sealed record PlanInputs(
    Factory Factory,
    IReadOnlyList<CoreMachine> Machines,
    IReadOnlyList<Order> Orders,
    IReadOnlyDictionary<string, IReadOnlyList<RoutingStep>?> RoutingByLine,
    IReadOnlyList<PlanPin> Pins,
    IReadOnlyList<PlanOperation> Previous,
    DateTimeOffset Now,
    decimal LabourRatePerHour)
{
    /// <summary>The shop floor's operations of these orders that have started (running, paused, done), by stable operation id.</summary>
    public IReadOnlyDictionary<string, ExecutedOperation> Executed { get; init; } = new Dictionary<string, ExecutedOperation>(StringComparer.Ordinal);
}
