namespace Microfactory.Server.Access;

/// <summary>A stored API key: only the SHA-256 hash of the token is kept.</summary>
internal sealed record ApiKeyRecord(string Id, string UserId, string Name, string KeyHash, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt = null);
