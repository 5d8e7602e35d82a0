namespace Microfactory.Copilot.Tools.Data;

/// <summary>One step of a template's routing.</summary>
/// <param name="StepId">The step id.</param>
/// <param name="Name">The step's name.</param>
/// <param name="Capability">The machine capability it needs.</param>
/// <param name="SetupMinutes">Setup time at the default parameters.</param>
/// <param name="RunMinutes">Run time per piece at the default parameters.</param>
/// <param name="Instructions">The routing's instructions for the step.</param>
/// <param name="MachineNames">The machines that have the capability.</param>
public sealed record RoutingStep(string StepId, string Name, string Capability, decimal SetupMinutes, decimal RunMinutes, string Instructions, IReadOnlyList<string> MachineNames);
