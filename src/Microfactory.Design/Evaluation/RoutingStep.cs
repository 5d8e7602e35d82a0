namespace Microfactory.Design.Evaluation;

/// <summary>One operation of a design's routing.</summary>
/// <param name="Id">Operation id from the template.</param>
/// <param name="CapabilityId">Machine capability it needs.</param>
/// <param name="SetupSeconds">Set-up time per order, seconds.</param>
/// <param name="RunSeconds">Run time per unit, seconds.</param>
/// <param name="Predecessors">Operations of this design that must finish first (operations left out by a condition are bridged).</param>
/// <param name="Description">Instruction summary.</param>
public sealed record RoutingStep(string Id, string CapabilityId, double SetupSeconds, double RunSeconds, IReadOnlyList<string> Predecessors, string Description);
