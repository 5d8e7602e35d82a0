using Microfactory.Carbon.Model;
using Microfactory.Core.Factories;
using Microfactory.Core.Materials;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Materials;
using Microfactory.Server.Features.Suppliers;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Cbam;

/// <summary>
/// Checks a CBAM report request and loads what <see cref="CbamReportBuilder"/> needs: the actual footprints of the units
/// the factory completed in the quarter (a calendar quarter in the factory's time zone), the catalogue entries of their
/// materials and the countries of those materials' suppliers.
/// </summary>
internal sealed class CbamService(
    FactoryStore factories,
    ProductFootprintStore footprints,
    MaterialStore materials,
    SupplierStore suppliers,
    IOptions<CarbonOptions> options)
{
    /// <summary>The formats <see cref="CbamApi"/> writes.</summary>
    public static readonly IReadOnlyList<string> Formats = ["csv", "xml"];

    /// <summary>Checks the query, then builds the report; 400 names <c>quarter</c> or <c>format</c>, 404 an unknown factory.</summary>
    public async Task<ServiceResult<CbamReport>> ReportAsync(string factoryId, string? quarter, string? format, CancellationToken cancellationToken)
    {
        var errors = new List<Core.Validation.FieldError>();
        var period = CbamQuarter.Parse(quarter);
        if (period is null)
        {
            errors.Add(new("quarter", "quarter must be YYYY-Qn with n from 1 to 4 and a year from 2000 to 2100, for example 2026-Q4."));
        }
        if (format is not null && !Formats.Contains(format, StringComparer.Ordinal))
        {
            errors.Add(new("format", "format must be one of: csv, xml."));
        }
        if (errors.Count > 0)
        {
            return ServiceResult<CbamReport>.Invalid(errors);
        }
        if (factoryId.Length > 100 || await factories.GetAsync(factoryId, cancellationToken) is not { } factory)
        {
            return ServiceResult<CbamReport>.NotFound($"No factory '{(factoryId.Length <= 60 ? factoryId : factoryId[..60] + "…")}'.");
        }
        return ServiceResult<CbamReport>.Ok(await BuildAsync(factory, period!.Value, cancellationToken));
    }

    private async Task<CbamReport> BuildAsync(Factory factory, CbamQuarter period, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(factory.TimeZoneId);
        var actuals = await footprints.ActualsOfUnitsCompletedAsync(factory.Id, Start(period.FirstDay, zone), Start(period.EndExclusive, zone), cancellationToken);
        var catalogue = new Dictionary<string, Material>(StringComparer.Ordinal);
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in actuals.SelectMany(a => a.Breakdown.Lines).Where(l => l.Category == LineCategory.Materials).Select(l => l.Item).Distinct(StringComparer.Ordinal))
        {
            if (await materials.GetAsync(id, cancellationToken) is not { } material)
            {
                continue;
            }
            catalogue[id] = material;
            if (!countries.ContainsKey(material.SupplierId))
            {
                countries[material.SupplierId] = (await suppliers.GetAsync(material.SupplierId, cancellationToken))?.Country ?? "";
            }
        }
        return CbamReportBuilder.Build(factory, options.Value.FactoryCountries.GetValueOrDefault(factory.Id, ""), period, actuals, catalogue, countries);
    }

    /// <summary>The instant a local calendar day starts in the factory's zone.</summary>
    private static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
