namespace Microfactory.Planning.Model;

/// <summary>Where and when one operation runs. The machine is busy on [<see cref="StartTick"/>, <see cref="EndTick"/>).</summary>
/// <param name="Job">0-based job index.</param>
/// <param name="Operation">0-based operation index within the job.</param>
/// <param name="Machine">0-based machine index.</param>
/// <param name="StartTick">Start of setup (or processing when there is no setup).</param>
/// <param name="EndTick">End of processing.</param>
public sealed record Assignment(int Job, int Operation, int Machine, long StartTick, long EndTick);
