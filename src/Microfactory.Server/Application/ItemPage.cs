namespace Microfactory.Server.Application;

/// <summary>One page of a list: <see cref="Page"/> is 1-based; <see cref="Total"/> counts all matching items.</summary>
internal sealed record ItemPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total)
{
    public ItemPage<TOut> Map<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Page, PageSize, Total);
}
