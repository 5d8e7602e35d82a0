namespace Microfactory.Shopfloor.Tests.Oee;

/// <summary>A list that claims many items without holding them, counting how many were read.</summary>
internal sealed class RepeatedList<T>(T item, int count) : IReadOnlyList<T>
{
    public int Reads { get; private set; }

    public int Count => count;

    public T this[int index]
    {
        get
        {
            Reads++;
            return item;
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            Reads++;
            yield return item;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
