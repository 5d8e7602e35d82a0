using Microfactory.Passport.Model;
using static Microfactory.Passport.Content.Elements;

namespace Microfactory.Passport.Content;

/// <summary>The Carbon Footprint submodel, IDTA 02023-1-0-1 (the version in the standards folder): one entry of
/// <c>ProductCarbonFootprints</c> with the five mandatory elements and the optional expiration date.</summary>
internal static class CarbonFootprint
{
    public const string IdShort = "CarbonFootprint";
    public const string SemanticId = "https://admin-shell.io/idta/CarbonFootprint/CarbonFootprint/1/0";
    private const string Footprint = "https://admin-shell.io/idta/CarbonFootprint/ProductCarbonFootprint/1/0";
    private const string Method = "0173-1#02-ABG854#003";
    private const string Phase = "0173-1#02-ABG858#003";

    public static Submodel Build(string id, FootprintSummary footprint)
    {
        var entry = new List<SubmodelElement>(7)
        {
            List("PcfCalculationMethods", "https://admin-shell.io/idta/CarbonFootprint/PcfCalculationMethods/1/0", KeyType.Property,
                footprint.CalculationMethods.Select(m => (SubmodelElement)Item(Method, DataTypeDefXsd.String, m)).ToList(), Method, DataTypeDefXsd.String),
            Prop("PcfCO2eq", "0173-1#02-ABG855#003", DataTypeDefXsd.Decimal, Decimal(footprint.PcfKgCo2e)),
            Text("ReferenceImpactUnitForCalculation", "0173-1#02-ABG856#003", footprint.ReferenceUnit),
            Prop("QuantityOfMeasureForCalculation", "0173-1#02-ABG857#003", DataTypeDefXsd.Double, Double(footprint.QuantityOfMeasure)),
            List("LifeCyclePhases", "https://admin-shell.io/idta/CarbonFootprint/LifeCyclePhases/1/0", KeyType.Property,
                footprint.LifeCyclePhases.Select(p => (SubmodelElement)Item(Phase, DataTypeDefXsd.String, p)).ToList(), Phase, DataTypeDefXsd.String),
            Prop("PublicationDate", "https://admin-shell.io/idta/CarbonFootprint/PublicationDate/1/0", DataTypeDefXsd.DateTime, DateTime(footprint.PublishedAt)),
        };
        if (footprint.ExpiresAt is { } expires)
        {
            entry.Add(Prop("ExpirationDate", "https://admin-shell.io/idta/CarbonFootprint/ExpirationDate/1/0", DataTypeDefXsd.DateTime, DateTime(expires)));
        }
        var footprints = List("ProductCarbonFootprints", "https://admin-shell.io/idta/CarbonFootprint/ProductCarbonFootprints/1/0",
            KeyType.SubmodelElementCollection, [Smc(null, Footprint, entry)], Footprint);
        return new Submodel(id, [footprints]) { IdShort = IdShort, SemanticId = Reference.Global(SemanticId) };
    }
}
