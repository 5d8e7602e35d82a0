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

    /// <summary>
    /// Rewrites a UTF-8 charset the framework's JSON reader would not look up (quoted, or spelt <c>utf8</c>) as
    /// <c>charset=utf-8</c>; other content types are left as they are.
    /// </summary>
    public static string? Normalised(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || !media.Charset.HasValue || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return contentType;
        }
        media.Charset = "utf-8";
        return media.ToString();
    }

    public static bool IsUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
