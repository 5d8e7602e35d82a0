using Microfactory.Core.Validation;

namespace Microfactory.Server.Application;

/// <summary>Validated paging input: page ≥ 1, pageSize 1–200 (default 50).</summary>
internal sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public int Offset => (Page - 1) * PageSize;

    public static PageRequest Default { get; } = new(1, DefaultPageSize);

    public static ServiceResult<PageRequest> From(int? page, int? pageSize)
    {
        var errors = new FieldErrors();
        errors.Range("page", page ?? 1, 1, 1_000_000);
        errors.Range("pageSize", pageSize ?? DefaultPageSize, 1, MaxPageSize);
        return errors.IsEmpty
            ? ServiceResult<PageRequest>.Ok(new PageRequest(page ?? 1, pageSize ?? DefaultPageSize))
            : ServiceResult<PageRequest>.Invalid(errors.Errors);
    }
}
