using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Tools.Host;

/// <summary>
/// The actions, implemented by the host over the same services as its API (with the same checks and the same 409s). The
/// copilot calls these only after the user confirmed a proposal and only for roles allowed to do them directly.
/// </summary>
public interface IPlantActions
{
    /// <summary>Pins an operation of the live plan on a machine at a start.</summary>
    /// <param name="user">The confirming user.</param>
    /// <param name="operationId">The operation.</param>
    /// <param name="machineId">The machine.</param>
    /// <param name="start">The start.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What happened.</returns>
    Task<ActionResult> PinOperationAsync(CopilotUser user, string operationId, string machineId, DateTimeOffset start, CancellationToken cancellationToken);

    /// <summary>Records a downtime window on a machine (the plan repairs at once).</summary>
    /// <param name="user">The confirming user.</param>
    /// <param name="machineId">The machine.</param>
    /// <param name="from">Start of the window.</param>
    /// <param name="to">End of the window.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What happened.</returns>
    Task<ActionResult> RecordDowntimeAsync(CopilotUser user, string machineId, DateTimeOffset from, DateTimeOffset to, string reason, CancellationToken cancellationToken);

    /// <summary>Changes an order's planning priority (−10 to 10, as in the order API).</summary>
    /// <param name="user">The confirming user.</param>
    /// <param name="order">Order number or id.</param>
    /// <param name="priority">The new priority.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What happened.</returns>
    Task<ActionResult> ChangePriorityAsync(CopilotUser user, string order, int priority, CancellationToken cancellationToken);
}
