namespace Microfactory.Server.Components.Planning;

/// <summary>
/// A plan version as the planner's Gantt draws it (wwwroot/js/plan-gantt.js): the machines in the plan's order, the
/// orders on it with what a planner needs on hover, and every operation with its state. Times are instants; the page
/// shows them in <see cref="TimeZoneId"/>, the factory's zone.
/// </summary>
internal sealed record GanttPlan(
    string FactoryId,
    long Version,
    DateTimeOffset CreatedAt,
    string Reason,
    string TimeZoneId,
    IReadOnlyList<GanttMachine> Machines,
    IReadOnlyList<GanttOrder> Orders,
    IReadOnlyList<GanttOperation> Operations);

/// <summary>A row of the Gantt.</summary>
internal sealed record GanttMachine(string Id, string Name);

/// <summary>An order on the plan: its readable label, the customer's name, its notes (free text) and its promise.</summary>
internal sealed record GanttOrder(string Id, string Label, string? Customer, string? Notes, DateTimeOffset? PromisedCompletion);

/// <summary>
/// One bar. <see cref="Late"/>: it ends after its order's due time, by <see cref="LateByMinutes"/>; <see cref="Started"/>:
/// it started before the version was made and stays put; <see cref="CapableMachines"/>: the machines it may be pinned to.
/// </summary>
internal sealed record GanttOperation(
    string OperationId,
    string OrderId,
    string OrderLabel,
    string LineId,
    int Unit,
    string StepId,
    string StepLabel,
    string MachineId,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool Pinned,
    bool Late,
    double LateByMinutes,
    bool Started,
    IReadOnlyList<string> CapableMachines);
