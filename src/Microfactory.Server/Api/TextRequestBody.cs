namespace Microfactory.Server.Api;

/// <summary>
/// Endpoint metadata: the handler reads the raw body as text in any of <see cref="ContentTypes"/>.
/// Documented by <see cref="OperationConventionsTransformer"/> rather than with <c>Accepts</c>, whose
/// metadata makes routing refuse other content types with 415 before authentication has run.
/// </summary>
internal sealed record TextRequestBody(IReadOnlyList<string> ContentTypes, string Description);
