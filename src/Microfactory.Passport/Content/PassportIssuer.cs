using System.Globalization;

namespace Microfactory.Passport.Content;

/// <summary>The organisation that issues passports, named by its DNS domain, and the identifiers derived from it. Every id is an
/// HTTPS IRI under <c>https://{Domain}/</c>, so two issuers never mint the same id:
/// <list type="bullet">
/// <item>unit asset (global asset id and <c>URIOfTheProduct</c>): <c>https://{Domain}/p/{serial}</c>, the public passport page;</item>
/// <item>product-type asset: <c>https://{Domain}/p/types/{templateId}/{version}</c>;</item>
/// <item>shells: <c>https://{Domain}/ids/aas/units/{serial}</c> and <c>https://{Domain}/ids/aas/types/{templateId}/{version}</c>;</item>
/// <item>submodels: the shell's path with <c>ids/sm</c> in place of <c>ids/aas</c>, then <c>/{SubmodelIdShort}</c>.</item>
/// </list>
/// Path segments (serial, template id, version) are percent-encoded.</summary>
public sealed record PassportIssuer
{
    /// <summary>The longest domain accepted, in characters (the DNS limit).</summary>
    public const int DomainMaxLength = 253;

    /// <summary>An issuer for <paramref name="domain"/>: a host name (letters, digits, <c>-</c> and <c>.</c>), optionally with
    /// <c>:port</c>, at most <see cref="DomainMaxLength"/> characters.</summary>
    /// <exception cref="ArgumentException">The domain is not a host name.</exception>
    public PassportIssuer(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        if (!IsValidDomain(domain))
        {
            throw new ArgumentException($"'{domain}' is not a host name (letters, digits, '-' and '.', optionally ':port').", nameof(domain));
        }
        Domain = domain.ToLowerInvariant();
    }

    /// <summary>The issuer's domain, lower case, for example <c>factory.example.com</c>.</summary>
    public string Domain { get; }

    /// <summary>Whether <paramref name="domain"/> is accepted by the constructor.</summary>
    public static bool IsValidDomain(string domain)
    {
        if (string.IsNullOrEmpty(domain) || domain.Length > DomainMaxLength)
        {
            return false;
        }
        var colon = domain.IndexOf(':', StringComparison.Ordinal);
        var host = colon < 0 ? domain : domain[..colon];
        if (colon >= 0 && !(ushort.TryParse(domain.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port > 0))
        {
            return false;
        }
        return host.Length > 0 && host.Split('.').All(label => label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-'
            && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }

    /// <summary>The global asset id of the unit with <paramref name="serial"/>: its public page.</summary>
    public string UnitAssetId(string serial) => $"https://{Domain}/p/{Segment(serial)}";

    /// <summary>The global asset id of a product type (design template at a version).</summary>
    public string TypeAssetId(string templateId, string version) => $"https://{Domain}/p/types/{Segment(templateId)}/{Segment(version)}";

    /// <summary>The id of the unit's shell.</summary>
    public string UnitShellId(string serial) => $"https://{Domain}/ids/aas/units/{Segment(serial)}";

    /// <summary>The id of the product type's shell.</summary>
    public string TypeShellId(string templateId, string version) => $"https://{Domain}/ids/aas/types/{Segment(templateId)}/{Segment(version)}";

    /// <summary>The id of the unit's submodel named <paramref name="submodelIdShort"/>.</summary>
    public string UnitSubmodelId(string serial, string submodelIdShort) => $"https://{Domain}/ids/sm/units/{Segment(serial)}/{submodelIdShort}";

    /// <summary>The id of the product type's submodel named <paramref name="submodelIdShort"/>.</summary>
    public string TypeSubmodelId(string templateId, string version, string submodelIdShort) =>
        $"https://{Domain}/ids/sm/types/{Segment(templateId)}/{Segment(version)}/{submodelIdShort}";

    private static string Segment(string value) => Uri.EscapeDataString(value);
}
