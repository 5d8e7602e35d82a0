namespace Microfactory.Server.Features.Plans;

/// <summary>What happened that the live plan must react to.</summary>
internal enum PlanEventKind
{
    OrderConfirmed,
    OrderChanged,
    OrderCancelled,
    DowntimeAdded,
    DowntimeRemoved,
    OperationPinned,
    OperationUnpinned,
    PriorityChanged,
    MachineChanged,
    OperationStarted,
    OperationPaused,
    OperationResumed,
    OperationFinished,
    MachineDown,
    MachineUp,
}
