namespace Microfactory.Server.Access;

/// <summary>How a sign-in attempt ended.</summary>
internal enum SignInStatus
{
    Succeeded,

    /// <summary>The e-mail or the password is wrong (the two are never told apart).</summary>
    WrongCredentials,

    /// <summary>The account or the client is locked after too many failures; the password was not checked.</summary>
    Locked,

    /// <summary>The password is right but an admin has disabled the account.</summary>
    Disabled,
}
