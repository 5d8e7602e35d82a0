namespace Microfactory.Server.Features.Cbam;

/// <summary>
/// A CBAM quarterly report of one factory, with the fields of the transitional-period report (Implementing Regulation
/// (EU) 2023/1773, Annex I): the reporting declarant, the reporting period, and per covered good its CN code,
/// description, country of origin, net mass, installation where known, specific and total embedded emissions, the
/// method and the data source. Emissions are t CO2e, masses tonnes.
/// </summary>
/// <param name="DeclarantId">The factory's id.</param>
/// <param name="DeclarantName">The factory's name.</param>
/// <param name="DeclarantSite">The factory's site address.</param>
/// <param name="DeclarantCountry">The factory's ISO 3166-1 alpha-2 country as configured (<c>Microfactory__Carbon__FactoryCountries</c>), empty when not configured.</param>
/// <param name="Period">The reporting period.</param>
/// <param name="PeriodStart">The first day of the quarter in the factory's time zone.</param>
/// <param name="PeriodEnd">The last day of the quarter in the factory's time zone.</param>
/// <param name="UnitsProduced">Units completed at the factory in the quarter that have an actual footprint.</param>
/// <param name="Goods">The covered goods, ordered by CN code, material, method, data source.</param>
internal sealed record CbamReport(
    string DeclarantId,
    string DeclarantName,
    string DeclarantSite,
    string DeclarantCountry,
    CbamQuarter Period,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int UnitsProduced,
    IReadOnlyList<CbamGoodsLine> Goods)
{
    /// <summary>The sum of the goods' embedded emissions, t CO2e.</summary>
    public decimal TotalEmbeddedEmissionsTco2e => Goods.Sum(g => g.TotalEmbeddedEmissionsTco2e);

    /// <summary>The sum of the goods' net mass, tonnes (goods without a known mass count 0).</summary>
    public decimal TotalNetMassTonnes => Goods.Sum(g => g.NetMassTonnes ?? 0m);
}

/// <summary>
/// One covered good as used in the quarter's units: one material with one method and one data source.
/// </summary>
/// <param name="CnCode">The 8-digit CN code.</param>
/// <param name="Sector">The CBAM sector (<see cref="CbamGoods.IronAndSteel"/> or <see cref="CbamGoods.Aluminium"/>).</param>
/// <param name="MaterialId">The catalogue material.</param>
/// <param name="CommodityDescription">The material's name.</param>
/// <param name="CountryOfOrigin">The ISO 3166-1 alpha-2 country of the material's supplier.</param>
/// <param name="NetMassTonnes">Net mass used, tonnes; null when the material's unit has no known mass (a piece).</param>
/// <param name="Installation">The supplier whose own footprint gave the figures (actual data); null for default values.</param>
/// <param name="ProductionRoute">The production route when the data names one; null otherwise (PACT footprints do not).</param>
/// <param name="SpecificDirectEmissions">Specific direct embedded emissions, t CO2e per t, when the data separates them; null otherwise.</param>
/// <param name="SpecificIndirectEmissions">Specific indirect embedded emissions, t CO2e per t, when the data separates them; null otherwise.</param>
/// <param name="SpecificEmbeddedEmissions">Specific embedded emissions, direct and indirect together, t CO2e per t (6 places); null without a mass.</param>
/// <param name="TotalEmbeddedEmissionsTco2e">Embedded emissions of the whole net mass, t CO2e: the sum of the footprint lines.</param>
/// <param name="Method">"actual" (a supplier's own footprint) or "default" (a secondary factor, reported as a default value).</param>
/// <param name="DataSource">The footprint lines' factor source (supplier and footprint id, or the database).</param>
/// <param name="Units">How many of the quarter's units contain it.</param>
internal sealed record CbamGoodsLine(
    string CnCode,
    string Sector,
    string MaterialId,
    string CommodityDescription,
    string CountryOfOrigin,
    decimal? NetMassTonnes,
    string? Installation,
    string? ProductionRoute,
    decimal? SpecificDirectEmissions,
    decimal? SpecificIndirectEmissions,
    decimal? SpecificEmbeddedEmissions,
    decimal TotalEmbeddedEmissionsTco2e,
    string Method,
    string DataSource,
    int Units);

/// <summary>The methods as written in the report.</summary>
internal static class CbamMethods
{
    public const string Actual = "actual";
    public const string Default = "default";
}
