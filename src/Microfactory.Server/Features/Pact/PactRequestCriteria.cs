using System.Text.Json;

namespace Microfactory.Server.Features.Pact;

/// <summary>
/// The criteria of a RequestCreatedEvent's data: the ListFootprints filters as JSON (<c>productId</c>, <c>companyId</c>,
/// <c>geography</c>, <c>classification</c> arrays; <c>validOn</c>, <c>validAfter</c>, <c>validBefore</c> date-times;
/// <c>status</c>), and, because the conformance tool has sent it, the older shape <c>pf.productIds</c>. A value of the
/// wrong JSON type is a <see cref="Structure"/> problem (refused at once with 400); a request that names no criterion
/// or a date that does not parse is accepted and then answered with a RequestRejectedEvent (<see cref="Rejection"/>).
/// Other fields (<c>comment</c>) are ignored.
/// </summary>
internal static class PactRequestCriteria
{
    public static (PactCriteria? Criteria, string? Structure, string? Rejection) Read(JsonElement data)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in new[] { "productId", "companyId", "geography", "classification", "status" })
        {
            if (Strings(data, name, name == "status", out var values) is { } problem)
            {
                return (null, problem, null);
            }
            lists[name] = values;
        }
        if (data.TryGetProperty("pf", out var pf) && pf.ValueKind != JsonValueKind.Null)
        {
            if (pf.ValueKind != JsonValueKind.Object)
            {
                return (null, "data.pf must be an object.", null);
            }
            if (Strings(pf, "productIds", false, out var legacy) is { } problem)
            {
                return (null, "data.pf." + problem["data.".Length..], null);
            }
            lists["productId"].AddRange(legacy);
        }
        var times = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        string? rejection = null;
        foreach (var name in new[] { "validOn", "validAfter", "validBefore" })
        {
            if (!data.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                times[name] = null;
                continue;
            }
            if (value.ValueKind != JsonValueKind.String || value.GetString()!.Length > 64)
            {
                return (null, $"data.{name} must be a date-time string.", null);
            }
            times[name] = PactCriteria.Time(value.GetString()!);
            if (times[name] is null)
            {
                rejection ??= $"{name} '{value.GetString()}' is not an RFC 3339 date-time.";
            }
        }
        var criteria = new PactCriteria
        {
            ProductIds = Distinct(lists["productId"]),
            CompanyIds = Distinct(lists["companyId"]),
            Geographies = Distinct(lists["geography"]),
            Classifications = Distinct(lists["classification"]),
            Statuses = Distinct(lists["status"]),
            ValidOn = times["validOn"],
            ValidAfter = times["validAfter"],
            ValidBefore = times["validBefore"],
        };
        if (rejection is null && criteria.IsEmpty)
        {
            rejection = $"The request names no criteria: give at least one of {string.Join(", ", PactCriteria.Names)}.";
        }
        return (criteria, null, rejection);
    }

    /// <summary>An array of non-empty strings (or, when <paramref name="single"/>, one string) of bounded count and length.</summary>
    private static string? Strings(JsonElement data, string name, bool single, out List<string> values)
    {
        values = [];
        if (!data.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (single && value.ValueKind == JsonValueKind.String)
        {
            values.Add(value.GetString()!);
            return value.GetString()!.Length is > 0 and <= PactCriteria.MaxValueLength ? null : $"data.{name} must be a non-empty string.";
        }
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > PactCriteria.MaxValues)
        {
            return $"data.{name} must be an array of at most {PactCriteria.MaxValues} strings.";
        }
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString()!.Length is 0 or > PactCriteria.MaxValueLength)
            {
                return $"data.{name} must hold non-empty strings of at most {PactCriteria.MaxValueLength} characters.";
            }
            values.Add(item.GetString()!);
        }
        return null;
    }

    private static List<string> Distinct(List<string> values) => [.. values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
}
