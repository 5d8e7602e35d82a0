namespace Microfactory.Copilot.Tools.Data;

/// <summary>One link of the critical chain behind an order's completion.</summary>
/// <param name="Cause">Why it starts when it does.</param>
/// <param name="StepName">The routing step (for example "Laser cutting").</param>
/// <param name="MachineName">The machine it runs on.</param>
/// <param name="Start">Planned start.</param>
/// <param name="End">Planned end.</param>
/// <param name="Detail">What it waits for, when that is a record (the other order's number, the downtime's reason).</param>
/// <param name="Record">The operation, downtime or order the link points to.</param>
public sealed record ChainLink(ChainCause Cause, string StepName, string MachineName, DateTimeOffset Start, DateTimeOffset End, string? Detail, Citation Record);
