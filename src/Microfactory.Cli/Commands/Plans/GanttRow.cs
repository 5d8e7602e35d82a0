namespace Microfactory.Cli.Commands.Plans;

/// <summary>One machine row of the text Gantt: its id, the label to print, and whether it can work at an instant (shifts minus downtime).</summary>
internal sealed record GanttRow(string MachineId, string Label, Func<DateTimeOffset, bool> Available);
