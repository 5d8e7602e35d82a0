namespace Microfactory.Server.Api;

/// <summary>A page of items on the wire: <c>page</c> is 1-based, <c>total</c> counts all items.</summary>
internal sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
