namespace Microfactory.Server.Features.Plans;

/// <summary>
/// Stable operation ids: <c>{lineId}.{unit}.{stepId}</c>. Line ids have no dot and units are digits, so the first
/// two dots split an id whatever the step id holds; the id needs no escaping in a URL path.
/// </summary>
internal static class OperationIds
{
    public const int MaxLength = 300;

    public static string Of(string lineId, int unit, string stepId) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{lineId}.{unit}.{stepId}");

    public static bool TryParse(string? id, out string lineId, out int unit, out string stepId)
    {
        (lineId, unit, stepId) = ("", 0, "");
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }
        var first = id.IndexOf('.', StringComparison.Ordinal);
        var second = first < 0 ? -1 : id.IndexOf('.', first + 1);
        if (first <= 0 || second < 0 || second == id.Length - 1
            || !int.TryParse(id.AsSpan(first + 1, second - first - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out unit) || unit < 1)
        {
            return false;
        }
        (lineId, stepId) = (id[..first], id[(second + 1)..]);
        return true;
    }
}
