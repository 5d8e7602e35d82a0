using Microfactory.Core.Validation;

namespace Microfactory.Server.Application;

/// <summary>What an application service says back: a value, or why not. User-caused failures are results, never exceptions.</summary>
internal sealed class ServiceResult<T>
{
    private ServiceResult(ServiceOutcome outcome, T? value, IReadOnlyList<FieldError> errors, string? message)
    {
        Outcome = outcome;
        Value = value;
        Errors = errors;
        Message = message;
    }

    public ServiceOutcome Outcome { get; }

    public T? Value { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    public string? Message { get; }

    public static ServiceResult<T> Ok(T value) => new(ServiceOutcome.Ok, value, [], null);

    public static ServiceResult<T> Invalid(IReadOnlyList<FieldError> errors) => new(ServiceOutcome.Invalid, default, errors, null);

    public static ServiceResult<T> Invalid(string field, string message) => Invalid([new FieldError(field, message)]);

    public static ServiceResult<T> NotFound(string message) => new(ServiceOutcome.NotFound, default, [], message);

    public static ServiceResult<T> Forbidden(string message) => new(ServiceOutcome.Forbidden, default, [], message);

    public static ServiceResult<T> Conflict(string field, string message) => new(ServiceOutcome.Conflict, default, [new FieldError(field, message)], message);
}
