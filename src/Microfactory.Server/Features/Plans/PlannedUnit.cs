namespace Microfactory.Server.Features.Plans;

/// <summary>What a job of the live plan is: unit <see cref="Unit"/> (1-based) of an order line; <see cref="StepIds"/>[o] is the routing step of operation o.</summary>
internal sealed record PlannedUnit(string OrderId, string LineId, int Unit, IReadOnlyList<string> StepIds)
{
    /// <summary>The stable id of one operation across plan versions: <c>{lineId}.{unit}.{stepId}</c>.</summary>
    public string OperationId(int operation) => OperationIds.Of(LineId, Unit, StepIds[operation]);
}
