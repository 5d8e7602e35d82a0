using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Api;

/// <summary>
/// Responses that follow from how an endpoint is mapped rather than from what it does, added to every
/// endpoint of a group after the endpoint's own conventions: 401 when it needs a signed-in caller,
/// 403 when its policy also asks for a role, and 400 and 415 when the framework binds a JSON body
/// (malformed JSON, a field of the wrong type or unknown, another content type).
/// </summary>
internal static class StandardResponses
{
    private const string ProblemJson = "application/problem+json";

    public static RouteGroupBuilder WithStandardResponses(this RouteGroupBuilder group)
    {
        // Finally: the endpoint's own RequireAuthorization and body metadata are in place by then.
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            var metadata = endpoint.Metadata;
            if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any() || Access.Policies.IsPublic(metadata.OfType<IAuthorizeData>()))
            {
                return;
            }
            Add(metadata, StatusCodes.Status401Unauthorized, typeof(ProblemDetails));
            if (NeedsMoreThanSignIn(metadata.OfType<IAuthorizeData>(), endpoint.ApplicationServices))
            {
                Add(metadata, StatusCodes.Status403Forbidden, typeof(ProblemDetails));
            }
            if (metadata.OfType<IAcceptsMetadata>().Any(a => a.ContentTypes.Any(IsJson)))
            {
                Add(metadata, StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
                Add(metadata, StatusCodes.Status415UnsupportedMediaType, typeof(ProblemDetails));
            }
        });
        return group;
    }

    /// <summary>True when some policy or role list of the endpoint can refuse a signed-in caller (a 403 rather than a 401).</summary>
    public static bool NeedsMoreThanSignIn(IEnumerable<IAuthorizeData> authorizeData, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AuthorizationOptions>>().Value;
        foreach (var data in authorizeData)
        {
            if (!string.IsNullOrEmpty(data.Roles))
            {
                return true;
            }
            var policy = data.Policy is null ? options.DefaultPolicy : options.GetPolicy(data.Policy);
            if (policy is null || policy.Requirements.Any(r => r is not DenyAnonymousAuthorizationRequirement))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsJson(string contentType) =>
        contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || contentType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static void Add(IList<object> metadata, int status, Type type)
    {
        if (!metadata.OfType<IProducesResponseTypeMetadata>().Any(p => p.StatusCode == status))
        {
            metadata.Add(new ProducesResponseTypeMetadata(status, type, [ProblemJson]));
        }
    }
}
