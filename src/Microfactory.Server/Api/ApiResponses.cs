namespace Microfactory.Server.Api;

/// <summary>
/// The responses an endpoint documents, in the shapes our endpoints share: a page, one resource, a
/// create, a replace. Problems are RFC 9457 (application/problem+json): 400 and 409 carry
/// <c>errors</c> keyed by field, 404 a plain problem. 401, 403 and the binding failures of JSON
/// bodies are added to every endpoint by <see cref="StandardResponses"/>, from its authorization and
/// body, so they are never forgotten.
/// </summary>
internal static class ApiResponses
{
    /// <summary>200 with a <see cref="PagedResponse{T}"/>, 400 for a bad <c>page</c> or <c>pageSize</c>.</summary>
    public static RouteHandlerBuilder ProducesPage<T>(this RouteHandlerBuilder builder) =>
        builder.Produces<PagedResponse<T>>().ProducesInvalid();

    /// <summary>200 with one <typeparamref name="T"/>, 404 when there is none (or the caller may not see it).</summary>
    public static RouteHandlerBuilder ProducesOne<T>(this RouteHandlerBuilder builder) =>
        builder.Produces<T>().ProducesNotFound();

    /// <summary>201 with the new <typeparamref name="T"/> and its Location, 400 for invalid fields.</summary>
    public static RouteHandlerBuilder ProducesCreated<T>(this RouteHandlerBuilder builder) =>
        builder.Produces<T>(StatusCodes.Status201Created).ProducesInvalid();

    /// <summary>200 with the replaced <typeparamref name="T"/>, 400 for invalid fields, 404 when there is nothing to replace.</summary>
    public static RouteHandlerBuilder ProducesReplaced<T>(this RouteHandlerBuilder builder) =>
        builder.Produces<T>().ProducesInvalid().ProducesNotFound();

    /// <summary>400: a validation problem whose <c>errors</c> name each bad field with its rule.</summary>
    public static RouteHandlerBuilder ProducesInvalid(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem();

    /// <summary>404: a problem saying what was not found.</summary>
    public static RouteHandlerBuilder ProducesNotFound(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>409: the request clashes with what is stored (a taken id or e-mail, a published version); <c>errors</c> names the field.</summary>
    public static RouteHandlerBuilder ProducesConflict(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem(StatusCodes.Status409Conflict);

    /// <summary>Describes a parameter the handler binds (the paging parameters describe themselves).</summary>
    public static RouteHandlerBuilder WithParameter(this RouteHandlerBuilder builder, string name, string description) =>
        builder.WithMetadata(new ParameterDescription(name, description, FreeForm: false));

    /// <summary>
    /// Documents query parameters the handler reads by name from the query string, not by binding
    /// (one per template parameter, for example), as one free-form object parameter.
    /// </summary>
    public static RouteHandlerBuilder WithFreeFormQuery(this RouteHandlerBuilder builder, string name, string description) =>
        builder.WithMetadata(new ParameterDescription(name, description, FreeForm: true));
}
