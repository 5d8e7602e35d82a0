using System.Globalization;
using System.Text.RegularExpressions;
using Microfactory.Core.Validation;

namespace Microfactory.Server.Api;

/// <summary>
/// Instants in query strings (<c>from</c>, <c>to</c>, <c>on</c>): ISO 8601 with an explicit offset only, so that a window
/// never depends on the server's time zone; bounded in length before anything parses them.
/// </summary>
internal static partial class QueryInstants
{
    private const int MaxLength = 40;

    /// <summary>The instant, or null with an error on <paramref name="field"/> (also when missing and <paramref name="required"/>).</summary>
    public static DateTimeOffset? Parse(FieldErrors errors, string field, string? value, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, $"{field} is required: an ISO 8601 date and time with offset, e.g. 2030-01-07T00:00:00Z.");
            }
            return null;
        }
        if (value.Length > MaxLength || !IsoInstant().IsMatch(value)
            || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            errors.Add(field, $"{field} must be an ISO 8601 date and time with offset (Z or ±hh:mm), e.g. 2030-01-07T00:00:00Z.");
            return null;
        }
        return instant;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInstant();
}
