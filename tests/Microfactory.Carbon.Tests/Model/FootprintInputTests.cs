using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Factors;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Tests.Model;

public sealed class FootprintInputTests
{
    public static TheoryData<string, FootprintInput> Invalid()
    {
        var empty = Inputs.Empty();
        var steel = new MaterialLine("steel", 1m, "kilogram", 1m);
        var energy = OperationEnergy.Estimate("op", 1m, Inputs.Local(2, 9, 0), Inputs.Local(2, 10, 0));
        return new()
        {
            { "subject", empty with { Subject = " " } },
            { "declaredUnit", empty with { DeclaredUnit = "" } },
            { "units", empty with { Units = 0m } },
            { "materials[0].quantity", empty with { Materials = [steel with { Quantity = -1m }] } },
            { "materials[0].massKg", empty with { Materials = [steel with { MassKg = -0.1m }] } },
            { "materials[0].materialId", empty with { Materials = [steel with { MaterialId = "" }] } },
            { "packaging[0].quantity", empty with { Packaging = [new PackagingLine("carton", -1m, "kilogram")] } },
            { "secondaryFactors[0].source", empty with { SecondaryFactors = [Inputs.SteelFactor() with { Source = "" }] } },
            { "secondaryFactors[0].kgCo2ePerUnit", empty with { SecondaryFactors = [Inputs.SteelFactor(-1m)] } },
            { "secondaryFactors[0].fossilKgCo2ePerUnit", empty with { SecondaryFactors = [Inputs.SteelFactor() with { FossilKgCo2ePerUnit = 3m }] } },
            { "secondaryFactors[0].biogenicCarbonKgPerUnit", empty with { SecondaryFactors = [Inputs.SteelFactor() with { BiogenicCarbonKgPerUnit = -0.1m }] } },
            { "supplierFootprints[0].biogenicCarbonKgPerDeclaredUnit", empty with { SupplierFootprints = [Inputs.SteelPcf() with { BiogenicCarbonKgPerDeclaredUnit = -1m }] } },
            { "supplierFootprints[0].fossilKgCo2ePerDeclaredUnit", empty with { SupplierFootprints = [Inputs.SteelPcf() with { FossilKgCo2ePerDeclaredUnit = 9m }] } },
            { "supplierFootprints[0].declaredUnitAmount", empty with { SupplierFootprints = [Inputs.SteelPcf(amount: 0m)] } },
            { "supplierFootprints[0].primaryDataSharePercent", empty with { SupplierFootprints = [Inputs.SteelPcf(primaryShare: 101m)] } },
            { "supplierFootprints[0].validUntil", empty with { SupplierFootprints = [Inputs.SteelPcf(from: Inputs.ReferenceDate, until: Inputs.ReferenceDate)] } },
            { "supplierFootprints[0].dqi", empty with { SupplierFootprints = [Inputs.SteelPcf(dqi: new DataQuality(0m, 2m, 2m))] } },
            { "energy[0].intervals[0].end", empty with { Energy = [OperationEnergy.Estimate("op", 1m, Inputs.Local(2, 10, 0), Inputs.Local(2, 9, 0))], Grid = Inputs.DailyGrid() } },
            { "energy[0].intervals[0].kwh", empty with { Energy = [OperationEnergy.Estimate("op", -1m, Inputs.Local(2, 9, 0), Inputs.Local(2, 10, 0))], Grid = Inputs.DailyGrid() } },
            { "energy[0].intervals", empty with { Energy = [OperationEnergy.Actual("op", [])], Grid = Inputs.DailyGrid() } },
            { "grid", empty with { Energy = [energy] } },
            { "grid.daily", empty with { Energy = [energy], Grid = GridIntensity.Daily("x", [0.1m, 0.2m]) } },
            { "grid.source", empty with { Grid = GridIntensity.Daily("", Enumerable.Repeat(0.1m, 24).ToArray()) } },
            { "grid.timeline[0].hourStart", empty with { Grid = GridIntensity.Hourly("x", [new(Inputs.Local(2, 9, 30), 0.1m)]) } },
            { "grid.timeline[1].hourStart", empty with { Grid = GridIntensity.Hourly("x", [new(Inputs.Local(2, 9, 0), 0.1m), new(Inputs.Local(2, 9, 0), 0.2m)]) } },
            { "transport[0].distanceKm", empty with { Transport = [new TransportLeg("steel", 1m, -5m, TransportMode.Rail)] } },
            { "transport[0].mode", empty with { Transport = [new TransportLeg("steel", 1m, 5m, (TransportMode)99)] } },
            { "transportFactors[0].source", empty with { TransportFactors = [new TransportFactor(TransportMode.Rail, 0.03m, " ")] } },
        };
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Calculate_InvalidInput_NamesTheField(string field, FootprintInput input)
    {
        var result = FootprintCalculator.Calculate(input);

        Assert.False(result.IsSuccess);
        Assert.Equal(field, result.Problem.Field);
        Assert.False(string.IsNullOrWhiteSpace(result.Problem.Rule));
    }

    [Fact]
    public void Validate_CompleteInput_IsValid()
    {
        var input = Inputs.Empty() with
        {
            Materials = [new MaterialLine("steel", 1m, "kilogram", 1m)],
            SecondaryFactors = [Inputs.SteelFactor()],
            SupplierFootprints = [Inputs.SteelPcf(dqi: new DataQuality(1m, 5m, 3m))],
        };

        Assert.Null(input.Validate());
    }
}
