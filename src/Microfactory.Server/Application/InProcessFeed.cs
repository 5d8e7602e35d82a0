namespace Microfactory.Server.Application;

/// <summary>
/// In-process fan-out of committed changes to the features that react to them. Each <see cref="Subscribe()"/> gets its
/// own bounded channel (<see cref="FeedSubscription{T}"/>: drop-oldest when the reader is behind by its capacity);
/// <see cref="Publish"/> never blocks. Not durable: what happened while no one listened is in the tables.
/// </summary>
internal abstract class InProcessFeed<T>(int defaultCapacity)
{
    private readonly Lock _gate = new();
    private FeedSubscription<T>[] _subscribers = [];

    /// <summary>A new reader that sees every item published from now on, buffering up to the feed's default capacity of unread ones.</summary>
    public FeedSubscription<T> Subscribe() => Subscribe(defaultCapacity);

    /// <summary>A new reader that sees every item published from now on, buffering up to <paramref name="capacity"/> unread ones.</summary>
    public FeedSubscription<T> Subscribe(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var subscription = new FeedSubscription<T>(capacity, Unsubscribe);
        lock (_gate)
        {
            _subscribers = [.. _subscribers, subscription];
        }
        return subscription;
    }

    /// <summary>How many readers there are now.</summary>
    public int Subscribers => Volatile.Read(ref _subscribers).Length;

    /// <summary>Hands published items to every reader, in order; never blocks. Callers publish only what has committed.</summary>
    internal void Publish(IReadOnlyList<T> items)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            foreach (var item in items)
            {
                subscriber.Write(item);
            }
        }
    }

    private void Unsubscribe(FeedSubscription<T> subscription)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers.Where(s => !ReferenceEquals(s, subscription))];
        }
    }
}
