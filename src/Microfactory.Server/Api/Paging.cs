using Microfactory.Server.Application;

namespace Microfactory.Server.Api;

/// <summary>Reads and validates <c>page</c> and <c>pageSize</c> query parameters, then runs a list query.</summary>
internal static class Paging
{
    public static async Task<IResult> ListAsync<T, TResponse>(int? page, int? pageSize, Func<PageRequest, Task<ItemPage<T>>> list, Func<T, TResponse> map)
    {
        var request = PageRequest.From(page, pageSize);
        if (request.Outcome != ServiceOutcome.Ok)
        {
            return ApiResults.Problem(request);
        }
        var result = await list(request.Value!);
        return TypedResults.Ok(new PagedResponse<TResponse>([.. result.Items.Select(map)], result.Page, result.PageSize, result.Total));
    }
}
