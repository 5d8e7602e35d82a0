using Microfactory.Core.Validation;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// How the copilot is used, for admins: questions per local day of the copilot's factory over the last 7 or 30 days, by
/// role and by answer kind, and the median time to answer. Reads the usage rows only; no question text exists to show.
/// </summary>
internal sealed class CopilotUsageService(CopilotUsageStore store, CopilotPlant plant)
{
    public static IReadOnlyList<string> Windows { get; } = ["7", "30"];

    public async Task<ServiceResult<CopilotUsageResponse>> GetAsync(string? days, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        errors.OneOf("days", days ?? "7", Windows);
        if (!errors.IsEmpty)
        {
            return ServiceResult<CopilotUsageResponse>.Invalid(errors.Errors);
        }
        var count = days is null ? 7 : int.Parse(days, System.Globalization.CultureInfo.InvariantCulture);
        var factory = await plant.FactoryAsync(cancellationToken);
        var zone = factory is null ? TimeZoneInfo.Utc : CopilotPlant.Zone(factory);
        var now = plant.Now(factory);
        var first = DateOnly.FromDateTime(now.DateTime).AddDays(1 - count);
        var from = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(first.ToDateTime(TimeOnly.MinValue)));
        // A microfactory's month of questions is thousands of small rows: summed here, so days follow the factory's zone.
        var rows = (await store.ListSinceAsync(from, cancellationToken)).Where(r => r.AskedAt <= now).ToList();
        var perDay = rows.GroupBy(r => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.AskedAt, zone).DateTime)).ToDictionary(g => g.Key, g => g.ToList());
        return ServiceResult<CopilotUsageResponse>.Ok(new CopilotUsageResponse(
            count, from, now, rows.Count, rows.Count(r => r.Answered), Median(rows),
            [.. Enumerable.Range(0, count).Select(first.AddDays).Select(d => perDay.TryGetValue(d, out var day)
                ? new CopilotUsageDay(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), day.Count, day.Count(r => r.Answered))
                : new CopilotUsageDay(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 0, 0))],
            [.. rows.GroupBy(r => r.Role).Select(g => new CopilotUsageRole(g.Key, g.Count(), g.Count(r => r.Answered), Median(g)))
                .OrderByDescending(r => r.Questions).ThenBy(r => r.Role, StringComparer.Ordinal)],
            [.. rows.GroupBy(r => r.Kind).Select(g => new CopilotUsageKind(g.Key, g.Count()))
                .OrderByDescending(k => k.Questions).ThenBy(k => k.Kind, StringComparer.Ordinal)]));
    }

    /// <summary>The median latency in milliseconds (the mean of the middle two for an even count); null without questions.</summary>
    private static double? Median(IEnumerable<CopilotUsage> rows)
    {
        var sorted = rows.Select(r => r.LatencyMs).Order().ToList();
        return sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;
    }
}
