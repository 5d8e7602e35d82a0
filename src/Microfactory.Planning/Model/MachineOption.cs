namespace Microfactory.Planning.Model;

/// <summary>
/// One machine an operation may run on. The machine is occupied for <see cref="SetupTicks"/>
/// followed by <see cref="DurationTicks"/>; an assignment's start is the start of the setup.
/// </summary>
/// <param name="Machine">0-based machine index.</param>
/// <param name="DurationTicks">Processing time in ticks, at least 0.</param>
/// <param name="SetupTicks">Sequence-independent setup before processing, in ticks, at least 0.</param>
public sealed record MachineOption(int Machine, long DurationTicks, long SetupTicks = 0)
{
    /// <summary>Ticks the machine is busy: setup plus processing.</summary>
    public long OccupiedTicks => SetupTicks + DurationTicks;
}
