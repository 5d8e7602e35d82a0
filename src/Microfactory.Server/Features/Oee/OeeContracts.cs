namespace Microfactory.Server.Features.Oee;

/// <summary>
/// GET /api/v1/factories/{id}/oee: <see cref="Items"/> per machine, per machine and shift occurrence, or per machine and
/// local day; <see cref="Factory"/> sums every machine over the whole window (the same whichever grouping).
/// </summary>
internal sealed record OeeResponse(IReadOnlyList<OeeItemResponse> Items, OeeItemResponse Factory);

/// <summary>
/// One row of an OEE report, over planned production time only (shift time in the window minus planned downtime).
/// Ratios are 0..1 and null where their denominator is zero: no planned time (every ratio and oee), no run time
/// (performance), no parts (quality), no good parts (kwhPerGood). machineId is null on the factory row; shift is the
/// shift's label (local start–end) when grouped by shift; day is the factory-local date the shift or day starts.
/// [from, to) spans the shift windows the row covers (the report window for a machine or the factory).
/// </summary>
internal sealed record OeeItemResponse(
    string? MachineId,
    string? Shift,
    DateOnly? Day,
    DateTimeOffset From,
    DateTimeOffset To,
    double? Availability,
    double? Performance,
    double? Quality,
    double? Oee,
    long GoodCount,
    long ScrapCount,
    double? KwhPerGood,
    double PlannedSeconds,
    double RunSeconds,
    double DownSeconds)
{
    public static OeeItemResponse Of(Shopfloor.Oee.OeeItem item) =>
        Of(item.MachineId, item.ShiftLabel, item.Date, item.From, item.To, item.Figures);

    public static OeeItemResponse Of(string? machineId, string? shift, DateOnly? day, DateTimeOffset from, DateTimeOffset to, Shopfloor.Oee.OeeFigures f) =>
        new(machineId, shift, day, from, to, f.Availability, f.Performance, f.Quality, f.Oee, f.GoodCount, f.ScrapCount, f.KwhPerGood,
            f.PlannedSeconds, f.RunSeconds, f.DownSeconds);
}
