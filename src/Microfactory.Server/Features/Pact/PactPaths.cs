namespace Microfactory.Server.Features.Pact;

/// <summary>The paths of the PACT host: the token endpoint, its discovery document and everything under <c>/3</c>.</summary>
internal static class PactPaths
{
    public const string Token = "/auth/token";
    public const string Discovery = "/.well-known/openid-configuration";
    public const string Api = "/3";

    public static bool IsPact(PathString path) => path.StartsWithSegments(Api) || IsAuth(path);

    /// <summary>The OAuth2 endpoints, whose errors follow RFC 6749 rather than the PACT <c>Error</c> object.</summary>
    public static bool IsAuth(PathString path) =>
        path.Equals(Token, StringComparison.OrdinalIgnoreCase) || path.Equals(Discovery, StringComparison.OrdinalIgnoreCase);
}
