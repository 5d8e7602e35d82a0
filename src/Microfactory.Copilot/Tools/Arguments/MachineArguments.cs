using System.ComponentModel;

namespace Microfactory.Copilot.Tools.Arguments;

/// <summary>Arguments of <c>get_machine_states</c>.</summary>
/// <param name="Machine">A machine id, or null for every machine.</param>
public sealed record MachineArguments([property: Description("A machine id (mch_...), or leave out for every machine.")] string? Machine = null);
