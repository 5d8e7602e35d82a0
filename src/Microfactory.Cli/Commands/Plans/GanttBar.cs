namespace Microfactory.Cli.Commands.Plans;

/// <summary>One planned operation as the text Gantt draws it: on which machine, for which order, when, and whether it ends after the order's due time.</summary>
internal sealed record GanttBar(string MachineId, string OrderId, DateTimeOffset Start, DateTimeOffset End, bool Late);
