using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;
using Microfactory.Copilot.Tools.Host;

namespace Microfactory.Copilot.Tests.Fixture;

/// <summary>The actions, recorded instead of changing a plant, so tests see whether (and as whom) an action ran.</summary>
internal sealed class RecordingActions : IPlantActions
{
    public List<string> Done { get; } = [];

    public Task<ActionResult> PinOperationAsync(CopilotUser user, string operationId, string machineId, DateTimeOffset start, CancellationToken cancellationToken) =>
        Record($"pin {operationId} {machineId} {start:O} by {user.UserId}", new Citation("operation", operationId, operationId, $"/operations/{operationId}"));

    public Task<ActionResult> RecordDowntimeAsync(CopilotUser user, string machineId, DateTimeOffset from, DateTimeOffset to, string reason, CancellationToken cancellationToken) =>
        Record($"downtime {machineId} {from:O} {to:O} {reason} by {user.UserId}", new Citation("downtime", "dt_new", reason, $"/machines/{machineId}/downtime"));

    public Task<ActionResult> ChangePriorityAsync(CopilotUser user, string order, int priority, CancellationToken cancellationToken) =>
        Record($"priority {order} {priority} by {user.UserId}", new Citation("order", order, order, $"/orders/{order}"));

    private Task<ActionResult> Record(string what, Citation record)
    {
        Done.Add(what);
        return Task.FromResult(new ActionResult(true, what, record));
    }
}
