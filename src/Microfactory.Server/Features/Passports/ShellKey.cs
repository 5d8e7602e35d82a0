using System.Buffers.Text;
using System.Text;
using Microfactory.Design.Templates;

namespace Microfactory.Server.Features.Passports;

/// <summary>
/// What a shell of the AAS API is the passport of: a finished unit (by serial) or a template version. Shells are listed units
/// first (by serial), then types (by template id and version number); a paging cursor is the key of the last shell returned,
/// base64url-encoded (<c>u:{serial}</c>, <c>t:{templateId}:{version}</c>), optionally with a submodel's index (<c>#{n}</c>).
/// </summary>
internal sealed record ShellKey(string? Serial, string? TemplateId, TemplateVersion? Version)
{
    public static ShellKey Unit(string serial) => new(serial, null, null);

    public static ShellKey Type(string templateId, TemplateVersion version) => new(null, templateId, version);

    public bool IsUnit => Serial is not null;

    public override string ToString() => IsUnit ? $"u:{Serial}" : $"t:{TemplateId}:{Version}";

    /// <summary>The cursor after this shell (and after its submodel <paramref name="submodelIndex"/>, when given).</summary>
    public string Cursor(int? submodelIndex = null) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(submodelIndex is { } i ? $"{this}#{i}" : ToString()));

    /// <summary>Reads a cursor back; false for anything this server did not write.</summary>
    public static bool TryParseCursor(string cursor, out ShellKey key, out int? submodelIndex)
    {
        key = Unit("");
        submodelIndex = null;
        if (cursor.Length > 1000 || !AasIdentifiers.TryDecode(cursor, out var text))
        {
            return false;
        }
        var hash = text.LastIndexOf('#');
        if (hash >= 0)
        {
            if (!int.TryParse(text.AsSpan(hash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                return false;
            }
            submodelIndex = index;
            text = text[..hash];
        }
        if (text.StartsWith("u:", StringComparison.Ordinal) && text.Length > 2)
        {
            key = Unit(text[2..]);
            return true;
        }
        var colon = text.LastIndexOf(':');
        if (text.StartsWith("t:", StringComparison.Ordinal) && colon > 2 && TemplateVersion.TryParse(text[(colon + 1)..], out var version))
        {
            key = Type(text[2..colon], version);
            return true;
        }
        return false;
    }
}
