using Microfactory.Core.Validation;
using Microfactory.Server.Application;

namespace Microfactory.Server.Api;

/// <summary>Turns service results into HTTP results: RFC 9457 problem details for every failure, field errors keyed by field name.</summary>
internal static class ApiResults
{
    public static IResult ToHttp<T, TResponse>(this ServiceResult<T> result, Func<T, TResponse> map, Func<TResponse, string>? createdAt = null) =>
        result.Outcome switch
        {
            ServiceOutcome.Ok when createdAt is not null => TypedResults.Created(createdAt(map(result.Value!)), map(result.Value!)),
            ServiceOutcome.Ok => TypedResults.Ok(map(result.Value!)),
            _ => Problem(result),
        };

    public static IResult Problem<T>(ServiceResult<T> result) => result.Outcome switch
    {
        ServiceOutcome.Invalid => Validation(result.Errors),
        ServiceOutcome.NotFound => TypedResults.Problem(title: "Not found", detail: result.Message, statusCode: StatusCodes.Status404NotFound),
        ServiceOutcome.Forbidden => TypedResults.Problem(title: "Forbidden", detail: result.Message, statusCode: StatusCodes.Status403Forbidden),
        ServiceOutcome.Conflict => TypedResults.Problem(
            title: "Conflict", detail: result.Message, statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["errors"] = Group(result.Errors) }),
        _ => throw new InvalidOperationException($"Outcome {result.Outcome} is not a failure."),
    };

    public static IResult Validation(IReadOnlyList<FieldError> errors) =>
        TypedResults.ValidationProblem(
            Group(errors),
            detail: string.Join(" ", errors.Select(e => e.Message).Distinct(StringComparer.Ordinal)),
            title: "The request has invalid fields.");

    private static Dictionary<string, string[]> Group(IReadOnlyList<FieldError> errors) =>
        errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
}
