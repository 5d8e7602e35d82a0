using Microfactory.Core.Validation;
using Microfactory.Server.Access;

namespace Microfactory.Server.Features.Users;

/// <summary>
/// The answer to a password change: done (with the number of other sessions ended), refused by field, or
/// refused because sign-in for the account or client is locked after too many wrong passwords.
/// </summary>
internal sealed record PasswordChangeResult(int SessionsEnded, IReadOnlyList<FieldError> Errors, SignInLock? Lock)
{
    public bool Succeeded => Errors.Count == 0 && Lock is null;
}
