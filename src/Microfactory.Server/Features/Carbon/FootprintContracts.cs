using Microfactory.Carbon.Calculation;

namespace Microfactory.Server.Features.Carbon;

/// <summary>
/// A product footprint on the wire: what it is of, its PACT status and periods, kg CO2e per piece, the share of primary
/// data, the subtotal of each stage and every line with its factor and the source of that factor. <c>pactPath</c> is
/// where PACT partners read the same footprint.
/// </summary>
internal sealed record FootprintResponse(
    Guid Id,
    string Kind,
    string FactoryId,
    string TemplateId,
    string TemplateVersion,
    string? Serial,
    IReadOnlyList<string> ProductIds,
    string ProductName,
    string ProductDescription,
    string Status,
    IReadOnlyList<Guid> PrecedingIds,
    DateTimeOffset CreatedAt,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    DateTimeOffset ReferenceStart,
    DateTimeOffset ReferenceEnd,
    string DeclaredUnit,
    decimal Units,
    decimal KgCo2ePerUnit,
    decimal TotalKgCo2e,
    decimal? FossilKgCo2ePerUnit,
    decimal? BiogenicKgCo2ePerUnit,
    decimal? BiogenicCarbonKgPerUnit,
    decimal? KgCo2eIncludingBiogenicUptakePerUnit,
    decimal ProductMassKgPerUnit,
    decimal PrimaryDataSharePercent,
    IReadOnlyList<FootprintSubtotalResponse> Subtotals,
    IReadOnlyList<FootprintLineResponse> Lines,
    string PactPath)
{
    public static FootprintResponse From(ProductFootprintRecord r)
    {
        var f = r.Breakdown;
        return new(r.Id, r.Kind, r.FactoryId, r.TemplateId, r.TemplateVersion, r.Serial, r.ProductIds, r.ProductName, r.ProductDescription, r.Status, r.PrecedingIds,
            r.CreatedAt, r.ValidFrom, r.ValidUntil, r.ReferenceStart, r.ReferenceEnd, f.DeclaredUnit, f.Units, f.KgCo2ePerDeclaredUnit, f.TotalKgCo2e,
            f.FossilKgCo2ePerDeclaredUnit, f.BiogenicKgCo2ePerDeclaredUnit, f.BiogenicCarbonKgPerDeclaredUnit, f.KgCo2eIncludingBiogenicUptakePerDeclaredUnit,
            f.ProductMassKgPerDeclaredUnit, f.PrimaryDataSharePercent,
            [.. f.Subtotals.Select(s => new FootprintSubtotalResponse(Category(s.Category), s.KgCo2e))],
            [.. f.Lines.Select(FootprintLineResponse.From)], $"/3/footprints/{r.Id:D}");
    }

    /// <summary>Stage names on the wire: materials, processEnergy, inboundTransport, packaging.</summary>
    public static string Category(Microfactory.Carbon.Model.LineCategory category) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(category.ToString());
}

/// <summary>kg CO2e of one stage (materials, processEnergy, inboundTransport, packaging), for all units.</summary>
internal sealed record FootprintSubtotalResponse(string Category, decimal KgCo2e);

/// <summary>One line: quantity × factor = kg CO2e, with where the factor comes from and whether it is primary data.</summary>
internal sealed record FootprintLineResponse(
    string Category, string Item, decimal Quantity, string QuantityUnit, decimal Factor, string FactorSource, string DataType, decimal PrimaryDataSharePercent, decimal KgCo2e)
{
    public static FootprintLineResponse From(FootprintLine l) =>
        new(FootprintResponse.Category(l.Category), l.Item, l.Quantity, l.QuantityUnit, l.Factor, l.FactorSource, l.DataType.ToString().ToLowerInvariant(), l.PrimaryDataSharePercent, l.KgCo2e);
}
