using System.Net.Mail;

namespace Microfactory.Server.Application;

/// <summary>A practical e-mail check: one '@', a dot in the domain, and what System.Net.Mail accepts.</summary>
internal static class EmailAddresses
{
    public static bool LooksValid(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1 && !value.EndsWith('.')
            && MailAddress.TryCreate(value, out var parsed) && parsed.Address == value.Trim();
    }
}
