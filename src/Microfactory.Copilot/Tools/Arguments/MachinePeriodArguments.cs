using System.ComponentModel;

namespace Microfactory.Copilot.Tools.Arguments;

/// <summary>Arguments of <c>get_oee</c> and <c>get_maintenance_history</c>.</summary>
/// <param name="Machine">A machine id, or null for every machine.</param>
/// <param name="Period">The period.</param>
public sealed record MachinePeriodArguments(
    [property: Description("A machine id (mch_...), or leave out for every machine.")] string? Machine,
    [property: Description("Today, Yesterday, ThisShift, LastShift, ThisWeek or LastWeek.")] Period Period);
