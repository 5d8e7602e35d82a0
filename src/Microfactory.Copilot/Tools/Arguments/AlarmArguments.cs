using System.ComponentModel;

namespace Microfactory.Copilot.Tools.Arguments;

/// <summary>Arguments of <c>get_alarms</c>.</summary>
/// <param name="Machine">A machine id, or null for every machine.</param>
/// <param name="OpenOnly">Only alarms not yet cleared.</param>
public sealed record AlarmArguments(
    [property: Description("A machine id (mch_...), or leave out for every machine.")] string? Machine = null,
    [property: Description("Only alarms not yet cleared (default true).")] bool OpenOnly = true);
