using Microfactory.Core.Validation;

namespace Microfactory.Server.Application;

/// <summary>
/// The one shape of every validated create and replace: refuse with the field errors, or build the
/// entity and store it. A taken id on create is a conflict; a missing entity on replace is "not found".
/// </summary>
internal static class Writes
{
    public static async Task<ServiceResult<T>> InsertAsync<T>(FieldErrors errors, Func<T> build, Func<T, Task<bool>> insert, Func<T, string> idTaken)
    {
        if (!errors.IsEmpty)
        {
            return ServiceResult<T>.Invalid(errors.Errors);
        }
        var entity = build();
        return await insert(entity) ? ServiceResult<T>.Ok(entity) : ServiceResult<T>.Conflict("id", idTaken(entity));
    }

    public static async Task<ServiceResult<T>> ReplaceAsync<T>(FieldErrors errors, Func<T> build, Func<T, Task<bool>> replace, string notFound)
    {
        if (!errors.IsEmpty)
        {
            return ServiceResult<T>.Invalid(errors.Errors);
        }
        var entity = build();
        return await replace(entity) ? ServiceResult<T>.Ok(entity) : ServiceResult<T>.NotFound(notFound);
    }
}
