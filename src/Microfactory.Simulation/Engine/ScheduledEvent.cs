namespace Microfactory.Simulation.Engine;

/// <summary>
/// An entry of the event queue. <see cref="Order"/> packs the priority (the kind) above a
/// 56-bit insertion sequence, so (Tick, Order) is a total order and every run repeats exactly.
/// <see cref="Token"/> is the machine's timer generation when scheduled: a later generation
/// cancels the event without searching the heap.
/// </summary>
internal readonly record struct ScheduledEvent(long Tick, long Order, EventKind Kind, int Machine, int Token)
{
    public static long OrderOf(EventKind kind, long sequence) => ((long)kind << 56) | sequence;

    public bool Precedes(in ScheduledEvent other) => Tick < other.Tick || (Tick == other.Tick && Order < other.Order);
}
