using Microfactory.Simulation.Engine;

namespace Microfactory.Simulation.Tests.Engine;

public sealed class EventQueueTests
{
    [Fact]
    public void Pop_ManyEvents_ComeOutByTickThenPriorityThenInsertion()
    {
        var queue = new EventQueue();
        var random = new Random(7);
        var pushed = new List<(long Tick, EventKind Kind, int Sequence)>();
        for (var i = 0; i < 5000; i++)
        {
            var tick = random.Next(100);
            var kind = (EventKind)random.Next(5);
            queue.Push(tick, kind, machine: i, token: 0);
            pushed.Add((tick, kind, i));
        }

        var popped = new List<int>();
        while (queue.Count > 0)
        {
            popped.Add(queue.Pop().Machine);
        }

        var expected = pushed.OrderBy(p => p.Tick).ThenBy(p => p.Kind).ThenBy(p => p.Sequence).Select(p => p.Sequence);
        Assert.Equal(expected, popped);
    }
}
