namespace Microfactory.Server.Access;

/// <summary>Claim types the platform puts on a signed-in principal.</summary>
internal static class ClaimNames
{
    public const string UserId = "sub";
    public const string CustomerId = "customer_id";
    public const string DisplayName = "name";
}
