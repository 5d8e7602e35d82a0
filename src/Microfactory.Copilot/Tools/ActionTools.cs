using System.Globalization;
using Microfactory.Copilot.Tools.Arguments;
using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;

namespace Microfactory.Copilot.Tools;

/// <summary>The changing tools: proposed first, run by <see cref="CopilotToolSet.ConfirmAsync"/> only.</summary>
internal static class ActionTools
{
    public static IEnumerable<CopilotTool> Create(PlantTools plant)
    {
        yield return CopilotTool.Create<PinArguments>("pin_operation", "Proposes pinning an operation of the live plan on a machine at a start (runs after the user confirms).",
            ToolRoles.PlanChanges, true, async (u, a, ct) => Done(await plant.Actions.PinOperationAsync(u, a.Operation, a.Machine, a.Start, ct).ConfigureAwait(false)),
            a => Empty(a.Operation, "operation") ?? Empty(a.Machine, "machine"),
            a => string.Create(CultureInfo.InvariantCulture, $"Pin operation {a.Operation} on {a.Machine} at {a.Start:yyyy-MM-dd HH:mm zzz}."));
        yield return CopilotTool.Create<DowntimeArguments>("record_downtime", "Proposes recording a downtime window on a machine; the plan repairs at once (runs after the user confirms).",
            ToolRoles.PlanChanges, true, async (u, a, ct) => Done(await plant.Actions.RecordDowntimeAsync(u, a.Machine, a.From, a.To, a.Reason, ct).ConfigureAwait(false)),
            a => Empty(a.Machine, "machine") ?? Empty(a.Reason, "reason") ?? (a.To <= a.From ? "to: must be after from." : null),
            a => string.Create(CultureInfo.InvariantCulture, $"Record downtime on {a.Machine} from {a.From:yyyy-MM-dd HH:mm} to {a.To:yyyy-MM-dd HH:mm zzz}: {a.Reason}."));
        yield return CopilotTool.Create<PriorityArguments>("change_priority", "Proposes changing an order's priority (runs after the user confirms).",
            ToolRoles.Planners, true, async (u, a, ct) => Done(await plant.Actions.ChangePriorityAsync(u, a.Order, a.Priority, ct).ConfigureAwait(false)),
            a => Empty(a.Order, "order") ?? (a.Priority is < -10 or > 10 ? "priority: must be between -10 and 10." : null),
            a => string.Create(CultureInfo.InvariantCulture, $"Set the priority of {a.Order} to {a.Priority}."));
    }

    private static string? Empty(string? value, string field) => string.IsNullOrWhiteSpace(value) ? $"{field}: must not be empty." : null;

    private static ToolOutcome Done(ActionResult result) =>
        new(result.Done ? ToolStatus.Done : ToolStatus.Refused, result, result.Record is { } r ? [r] : [], Message: result.Message);
}
