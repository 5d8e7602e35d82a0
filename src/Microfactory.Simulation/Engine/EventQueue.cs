namespace Microfactory.Simulation.Engine;

/// <summary>A binary min-heap of <see cref="ScheduledEvent"/> by (tick, priority, insertion sequence); structs in one array, no allocation per event.</summary>
internal sealed class EventQueue
{
    private ScheduledEvent[] _heap = new ScheduledEvent[64];
    private long _sequence;

    public int Count { get; private set; }

    /// <summary>The tick of the earliest event; only valid when <see cref="Count"/> &gt; 0.</summary>
    public long PeekTick => _heap[0].Tick;

    public void Push(long tick, EventKind kind, int machine, int token)
    {
        if (Count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }
        var item = new ScheduledEvent(tick, ScheduledEvent.OrderOf(kind, _sequence++), kind, machine, token);
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!item.Precedes(_heap[parent]))
            {
                break;
            }
            _heap[i] = _heap[parent];
            i = parent;
        }
        _heap[i] = item;
    }

    public ScheduledEvent Pop()
    {
        var top = _heap[0];
        var last = _heap[--Count];
        var i = 0;
        var half = Count >> 1;
        while (i < half)
        {
            var child = (2 * i) + 1;
            if (child + 1 < Count && _heap[child + 1].Precedes(_heap[child]))
            {
                child++;
            }
            if (!_heap[child].Precedes(last))
            {
                break;
            }
            _heap[i] = _heap[child];
            i = child;
        }
        if (Count > 0)
        {
            _heap[i] = last;
        }
        return top;
    }
}
