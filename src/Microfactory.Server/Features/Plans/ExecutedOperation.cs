using Microfactory.Shopfloor.Execution;

namespace Microfactory.Server.Features.Plans;

/// <summary>
/// What the shop floor has done with one operation, as the plan needs it: done operations leave the plan, running and
/// paused ones stay on their machine until their remaining work (planned minus <see cref="RunMs"/> run so far) ends.
/// </summary>
internal sealed record ExecutedOperation(string OperationId, string MachineId, OperationState State, DateTimeOffset StartedAt, DateTimeOffset ChangedAt, long RunMs)
{
    /// <summary>Milliseconds of work done by <paramref name="now"/>: the running time banked, plus the time since the last change while running.</summary>
    public long RanMs(DateTimeOffset now) => RunMs + (State == OperationState.Running && now > ChangedAt ? (long)(now - ChangedAt).TotalMilliseconds : 0);
}
