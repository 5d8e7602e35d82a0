namespace Microfactory.Planning.Explaining;

/// <summary>One operation of a critical chain and what it waited for.</summary>
/// <param name="Job">Job of the operation.</param>
/// <param name="Operation">Operation index within its job.</param>
/// <param name="Machine">Machine it runs on.</param>
/// <param name="StartTick">Its start.</param>
/// <param name="EndTick">Its end.</param>
/// <param name="Reason">Why it cannot start earlier.</param>
/// <param name="WaitTicks">Ticks between the end of its own job's previous operation (or its release) and its start.</param>
public sealed record ChainLink(int Job, int Operation, int Machine, long StartTick, long EndTick, StartReason Reason, long WaitTicks);
