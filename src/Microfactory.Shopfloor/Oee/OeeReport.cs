namespace Microfactory.Shopfloor.Oee;

/// <summary>
/// The result of <see cref="OeeCalculator.Calculate"/>: <paramref name="Items"/> per machine (and shift or day, per
/// <paramref name="By"/>), ordered by machine as given then by time; <paramref name="FactoryPeriods"/> sums the items of all
/// machines per shift occurrence (label and date) or per day, ordered by time (one row for the window when grouped by machine);
/// <paramref name="FactoryTotal"/> sums everything. Factory figures add times and counts and compute ratios from the sums;
/// they never average ratios.
/// </summary>
public sealed record OeeReport(OeeGrouping By, IReadOnlyList<OeeItem> Items, IReadOnlyList<OeeItem> FactoryPeriods, OeeFigures FactoryTotal);
