using Microsoft.Net.Http.Headers;

namespace Microfactory.Server.Api;

/// <summary>Recognises JSON request bodies by their media type (<c>application/json</c> and any <c>+json</c> type) and their charset.</summary>
internal static class JsonBodies
{
    public static bool IsJson(string? contentType, out string? charset)
    {
        charset = null;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }
        var type = media.MediaType.Value ?? "";
        var json = type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
        if (json && media.Charset.HasValue)
        {
            charset = media.Charset.Value.Trim('"');
        }
        return json;
    }

    public static bool IsUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
