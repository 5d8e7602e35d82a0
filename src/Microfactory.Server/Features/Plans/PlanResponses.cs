namespace Microfactory.Server.Features.Plans;

/// <summary>Maps the plan in memory to its wire shape.</summary>
internal static class PlanResponses
{
    public static PlanResponse From(LivePlanSnapshot plan, DateTimeOffset now)
    {
        var nowTick = plan.Frame.ToTick(now);
        var operations = new List<PlanOperationResponse>(plan.Schedule.Assignments.Count);
        foreach (var a in plan.Schedule.Assignments)
        {
            var unit = plan.Units[a.Job];
            var job = plan.Instance.Jobs[a.Job];
            operations.Add(new PlanOperationResponse(
                unit.OrderId, unit.LineId, unit.Unit, unit.OperationId(a.Operation), unit.StepIds[a.Operation],
                [.. job.Operations[a.Operation].PredecessorsAt(a.Operation).Select(unit.OperationId)],
                plan.Model.MachineAt(a.Machine).Id, plan.Frame.ToTime(a.StartTick), plan.Frame.ToTime(a.EndTick),
                plan.Pinned.Contains((a.Job, a.Operation)), job.DueTick is { } due && a.EndTick > due, a.StartTick < nowTick));
        }
        return new PlanResponse(plan.FactoryId, plan.Version, plan.CreatedAt, plan.Reason, [.. plan.Events.Select(PlanEventResponse.From)], plan.Kpis, operations);
    }
}
