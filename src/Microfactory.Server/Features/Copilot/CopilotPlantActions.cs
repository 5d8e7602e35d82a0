using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Plans;

namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// The confirmed actions over <see cref="PlanService"/>, as the confirming user: the same checks, 409s and audit trail
/// as the plan API, so a confirmed proposal does exactly what the matching API call would.
/// </summary>
internal sealed class CopilotPlantActions(PlanService plans) : IPlantActions
{
    public async Task<ActionResult> PinOperationAsync(CopilotUser user, string operationId, string machineId, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var result = await plans.PinAsync(user.ToCaller(), operationId, new PinInput(machineId, start), cancellationToken);
        return Result(result, p => $"Pinned {p.OperationId} on {p.MachineId} from {p.Start:yyyy-MM-dd HH:mm}.",
            p => new Citation("operation", p.OperationId, p.OperationId, "/plan"));
    }

    public async Task<ActionResult> RecordDowntimeAsync(CopilotUser user, string machineId, DateTimeOffset from, DateTimeOffset to, string reason, CancellationToken cancellationToken)
    {
        var result = await plans.AddDowntimeAsync(user.ToCaller(), machineId, new MachineDowntimeInput(from, to, reason), cancellationToken);
        return Result(result, d => $"Recorded downtime {d.Id} on {d.MachineId} from {d.From:yyyy-MM-dd HH:mm} to {d.To:yyyy-MM-dd HH:mm}: {d.Reason}.",
            d => new Citation("downtime", d.Id, d.Reason, CopilotCallers.MachineLink(d.MachineId)));
    }

    public async Task<ActionResult> ChangePriorityAsync(CopilotUser user, string order, int priority, CancellationToken cancellationToken)
    {
        var result = await plans.SetPriorityAsync(user.ToCaller(), order, new PriorityInput(priority), cancellationToken);
        return Result(result, o => $"Order {o.Id} now has priority {o.Priority}.", o => new Citation("order", o.Id, o.Id, CopilotCallers.OrderLink(o.Id)));
    }

    private static ActionResult Result<T>(ServiceResult<T> result, Func<T, string> done, Func<T, Citation> cite) =>
        result.Outcome == ServiceOutcome.Ok
            ? new ActionResult(true, done(result.Value!), cite(result.Value!))
            : new ActionResult(false, result.Message ?? string.Join(" ", result.Errors.Select(e => $"{e.Field}: {e.Message}")), null);
}
