using System.Globalization;

namespace Microfactory.Server.Features.Plans;

/// <summary>Readable reasons for a plan version, from the events it answers.</summary>
internal static class PlanReasons
{
    public static string Describe(IReadOnlyList<PlanEventRecord> events)
    {
        var parts = events.Select(Describe).Distinct(StringComparer.Ordinal).ToList();
        return parts.Count <= 5
            ? string.Join("; ", parts) + "."
            : string.Join("; ", parts.Take(5)) + string.Create(CultureInfo.InvariantCulture, $"; and {parts.Count - 5} more changes.");
    }

    private static string Describe(PlanEventRecord e)
    {
        var what = e.Kind switch
        {
            PlanEventKind.OrderConfirmed => $"Order {e.SubjectId} confirmed",
            PlanEventKind.OrderChanged => $"Order {e.SubjectId} changed",
            PlanEventKind.OrderCancelled => $"Order {e.SubjectId} cancelled",
            PlanEventKind.DowntimeAdded => $"Downtime added on {e.SubjectId}",
            PlanEventKind.DowntimeRemoved => $"Downtime removed on {e.SubjectId}",
            PlanEventKind.OperationPinned => $"Operation {e.SubjectId} pinned",
            PlanEventKind.OperationUnpinned => $"Operation {e.SubjectId} unpinned",
            PlanEventKind.PriorityChanged => $"Priority of order {e.SubjectId} changed",
            PlanEventKind.MachineChanged => $"Machine {e.SubjectId} changed",
            PlanEventKind.OperationStarted => $"Operation {e.SubjectId} started",
            PlanEventKind.OperationPaused => $"Operation {e.SubjectId} paused",
            PlanEventKind.OperationResumed => $"Operation {e.SubjectId} resumed",
            PlanEventKind.OperationFinished => $"Operation {e.SubjectId} finished",
            PlanEventKind.MachineDown => $"Machine {e.SubjectId} reported down",
            PlanEventKind.MachineUp => $"Machine {e.SubjectId} back up",
            _ => $"{e.Kind} {e.SubjectId}",
        };
        return e.UserId is null ? what : $"{what} by {e.UserId}";
    }
}
