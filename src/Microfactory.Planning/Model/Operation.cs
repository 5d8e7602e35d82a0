namespace Microfactory.Planning.Model;

/// <summary>One step of a job; it runs on exactly one of its <see cref="Options"/>, without interruption.</summary>
/// <param name="Options">Eligible machines with their durations; at least one, each machine at most once.</param>
public sealed record Operation(IReadOnlyList<MachineOption> Options);
