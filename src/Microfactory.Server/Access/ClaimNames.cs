namespace Microfactory.Server.Access;

/// <summary>Claim types the platform puts on a signed-in principal.</summary>
internal static class ClaimNames
{
    public const string UserId = "sub";
    public const string CustomerId = "customer_id";
    public const string DisplayName = "name";

    /// <summary>The server-side session a sign-in cookie belongs to (see <see cref="SessionStore"/>).</summary>
    public const string SessionId = "sid";
}
