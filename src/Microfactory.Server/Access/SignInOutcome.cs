namespace Microfactory.Server.Access;

/// <summary>
/// The answer to a sign-in attempt: on success the user and the new session; after a failure the lock in
/// force, if any (a wrong password can be the one that locks).
/// </summary>
internal sealed record SignInOutcome(SignInStatus Status, UserAccount? User = null, UserSession? Session = null, SignInLock? Lock = null);
