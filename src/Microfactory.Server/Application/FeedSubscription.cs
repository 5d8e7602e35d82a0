using System.Threading.Channels;

namespace Microfactory.Server.Application;

/// <summary>
/// One reader of an <see cref="InProcessFeed{T}"/>: a bounded channel of its own. When the reader falls behind by more
/// than its capacity the oldest unread items are dropped (and counted in <see cref="Dropped"/>) so that a slow reader
/// never slows the writer or the other readers. Dispose to stop receiving; the reader then completes.
/// </summary>
internal sealed class FeedSubscription<T> : IDisposable
{
    private readonly Channel<T> _channel;
    private readonly Action<FeedSubscription<T>> _unsubscribe;
    private long _dropped;

    public FeedSubscription(int capacity, Action<FeedSubscription<T>> unsubscribe)
    {
        _unsubscribe = unsubscribe;
        _channel = Channel.CreateBounded<T>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = false, SingleWriter = false },
            _ => Interlocked.Increment(ref _dropped));
    }

    /// <summary>Published items in publishing order.</summary>
    public ChannelReader<T> Reader => _channel.Reader;

    /// <summary>How many items were dropped because this reader was behind by its whole capacity.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    internal void Write(T item) => _channel.Writer.TryWrite(item);

    public void Dispose()
    {
        _unsubscribe(this);
        _channel.Writer.TryComplete();
    }
}
