using System.Buffers.Text;
using System.Text;

namespace Microfactory.Server.Features.Passports;

/// <summary>
/// Identifiers in AAS API paths (Part 2, §12.2): the id's UTF-8 bytes base64url-encoded without padding (padding is accepted
/// too, as some clients add it), and the passport ids this server mints read back into what they name.
/// </summary>
internal static class AasIdentifiers
{
    /// <summary>The longest identifier of the metamodel (AAS Part 1: Identifier, 2000 characters).</summary>
    public const int MaxIdLength = 2000;

    /// <summary>The longest encoded form accepted: 2000 characters of up to 4 UTF-8 bytes each, base64url.</summary>
    public const int MaxEncodedLength = MaxIdLength * 4 * 4 / 3 + 4;

    public static string Encode(string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(id));

    /// <summary>Decodes a base64url identifier; false when it is not base64url, not UTF-8 or longer than an identifier may be.</summary>
    public static bool TryDecode(string encoded, out string id)
    {
        id = "";
        var trimmed = encoded.TrimEnd('=');
        if (trimmed.Length == 0 || encoded.Length > MaxEncodedLength || encoded.Length - trimmed.Length > 2 || !Base64Url.IsValid(trimmed))
        {
            return false;
        }
        var bytes = new byte[Base64Url.GetMaxDecodedLength(trimmed.Length)];
        if (Base64Url.DecodeFromChars(trimmed, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }
        try
        {
            id = new UTF8Encoding(false, true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        return id.Length is > 0 and <= MaxIdLength;
    }

    /// <summary>What a shell id minted under <paramref name="domain"/> names; null for any other id.</summary>
    public static ShellKey? ShellOf(string domain, string shellId) => Parse(domain, shellId, "aas", 0, out _);

    /// <summary>The shell and submodel idShort a submodel id minted under <paramref name="domain"/> names; null for any other id.</summary>
    public static (ShellKey Shell, string IdShort)? SubmodelOf(string domain, string submodelId) =>
        Parse(domain, submodelId, "sm", 1, out var idShort) is { } shell ? (shell, idShort!) : null;

    private static ShellKey? Parse(string domain, string id, string kind, int extra, out string? last)
    {
        last = null;
        var prefix = $"https://{domain}/ids/{kind}/";
        if (!id.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var segments = id[prefix.Length..].Split('/');
        if (extra == 1 && segments.Length > 0)
        {
            last = segments[^1];
            segments = segments[..^1];
        }
        string[] values;
        try
        {
            values = [.. segments.Select(Uri.UnescapeDataString)];
        }
        catch (UriFormatException)
        {
            return null;
        }
        if (values.Any(v => v.Length == 0) || (extra == 1 && string.IsNullOrEmpty(last)))
        {
            return null;
        }
        return values switch
        {
            ["units", var serial] => ShellKey.Unit(serial),
            ["types", var template, var version] when Design.Templates.TemplateVersion.TryParse(version, out var parsed) => ShellKey.Type(template, parsed),
            _ => null,
        };
    }
}
