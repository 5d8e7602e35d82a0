using System.Globalization;
using System.Xml.Linq;
using CsvHelper;
using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Model;
using Microfactory.Core.Demo;
using Microfactory.Core.Materials;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Features.Cbam;

namespace Microfactory.Server.Tests.Features.Cbam;

/// <summary>
/// The report from footprints the real engine computes, against figures worked out here by hand: actual against default
/// values, masses of sheet in m², goods without a mass, goods outside CBAM, and both writers read back.
/// </summary>
public sealed class CbamReportBuilderTests
{
    private static readonly CbamQuarter Q4 = new(2026, 4);

    private static Material Material(string id, string name, MaterialUnit unit, string? cnCode, double? density = null, double? thicknessMm = null) =>
        new(id, name, unit, 1m, "sup_a", 1, "test", 0, Recyclability.Recyclable, density, thicknessMm, cnCode);

    private static readonly Dictionary<string, Material> Catalogue = new(StringComparer.Ordinal)
    {
        ["mat_a"] = Material("mat_a", "Cold-rolled steel sheet", MaterialUnit.Kilogram, "72092690"),
        ["mat_b"] = Material("mat_b", "Aluminium sheet 2 mm", MaterialUnit.SquareMetre, "76061292", 2680, 2),
        ["mat_c"] = Material("mat_c", "Screw M4", MaterialUnit.Piece, "73181595"),
        ["mat_d"] = Material("mat_d", "Plywood", MaterialUnit.SquareMetre, null, 680, 6),
        ["mat_e"] = Material("mat_e", "Steel scrap", MaterialUnit.Kilogram, "72044910"),
    };

    /// <summary>The actual footprint of one unit, computed by the engine: mat_a has a supplier footprint valid until 1 December 2026.</summary>
    private static ProductFootprintRecord Unit(string serial, DateTimeOffset completed, params MaterialLine[] materials)
    {
        var result = FootprintCalculator.Calculate(new FootprintInput
        {
            Kind = FootprintKind.Actual,
            Subject = serial,
            Units = 1,
            ReferenceDate = completed,
            Materials = materials,
            SecondaryFactors =
            [
                new("mat_a", "kilogram", 2.3m, "db steel"),
                new("mat_b", "square meter", 35.108m, "db aluminium per m2"),
                new("mat_c", "piece", 0.012m, "db screw"),
                new("mat_d", "square meter", 2.78m, "db plywood"),
                new("mat_e", "kilogram", 0.5m, "db scrap"),
            ],
            SupplierFootprints =
            [
                new("mat_a", "pf-1", "Acme Steel", "kilogram", 1m, 1.8m, 80m, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)),
            ],
            Energy = [OperationEnergy.Actual("op-1", [new(new DateTime(2026, 10, 1, 9, 0, 0), new DateTime(2026, 10, 1, 10, 0, 0), 2m)])],
            Grid = GridIntensity.Daily("test grid", Enumerable.Repeat(0.5m, 24).ToArray()),
        });
        Assert.True(result.IsSuccess, result.Problem?.ToString());
        return new ProductFootprintRecord(Guid.NewGuid(), KwunTongDemo.FactoryId, FootprintKinds.Actual, serial, "t", "1.0.0", serial, [], "shelf", "shelf",
            FootprintKinds.Active, [], completed, null, completed, completed.AddDays(365), completed.AddHours(-1), completed, "HK", result.Footprint);
    }

    private static CbamReport HandCase() => CbamReportBuilder.Build(KwunTongDemo.Factory, "HK", Q4,
        [
            Unit("SN-1", new DateTimeOffset(2026, 10, 10, 0, 0, 0, TimeSpan.Zero),
                new("mat_a", 12.5m, "kilogram", 12.5m), new("mat_b", 0.5m, "square meter", 2.68m), new("mat_c", 4m, "piece", 0.008m),
                new("mat_d", 0.3m, "square meter", 1.2m), new("mat_e", 1m, "kilogram", 1m)),
            // After the supplier footprint expired: the same steel now takes the secondary factor, a default value.
            Unit("SN-2", new DateTimeOffset(2026, 12, 20, 0, 0, 0, TimeSpan.Zero), new("mat_a", 10m, "kilogram", 10m), new("mat_b", 0.5m, "square meter", 2.68m)),
        ],
        Catalogue, new Dictionary<string, string>(StringComparer.Ordinal) { ["sup_a"] = "DE" });

    [Fact]
    public void Build_ActualAndDefaultLines_GoodsAsComputedByHand()
    {
        var report = HandCase();

        // mat_a actual: 12.5 kg × 1.8 = 22.5 kg; default: 10 kg × 2.3 = 23 kg; mat_b: 2 × 0.5 m² × 35.108 = 35.108 kg over
        // 2 × 0.5 m² × 2680 kg/m³ × 0.002 m = 5.36 kg, 6.55 t/t; mat_c: 4 × 0.012 = 0.048 kg, pieces have no mass.
        Assert.Equal(
        [
            new CbamGoodsLine("72092690", CbamGoods.IronAndSteel, "mat_a", "Cold-rolled steel sheet", "DE", 0.0125m, "Acme Steel", null, null, null, 1.8m, 0.0225m, "actual", "Acme Steel PCF pf-1", 1),
            new CbamGoodsLine("72092690", CbamGoods.IronAndSteel, "mat_a", "Cold-rolled steel sheet", "DE", 0.01m, null, null, null, null, 2.3m, 0.023m, "default", "db steel", 1),
            new CbamGoodsLine("73181595", CbamGoods.IronAndSteel, "mat_c", "Screw M4", "DE", null, null, null, null, null, null, 0.000048m, "default", "db screw", 1),
            new CbamGoodsLine("76061292", CbamGoods.Aluminium, "mat_b", "Aluminium sheet 2 mm", "DE", 0.00536m, null, null, null, null, 6.55m, 0.035108m, "default", "db aluminium per m2", 2),
        ], report.Goods);
        Assert.Equal(0.080656m, report.TotalEmbeddedEmissionsTco2e);
        Assert.Equal((2, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), (report.UnitsProduced, report.PeriodStart, report.PeriodEnd));
    }

    [Fact]
    public void CsvWriter_HandCase_ParsesBackToTheReport()
    {
        var report = HandCase();

        var bytes = CbamCsvWriter.Write(report);

        Assert.Equal(bytes, CbamCsvWriter.Write(HandCase()));
        using var csv = new CsvReader(new StringReader(System.Text.Encoding.UTF8.GetString(bytes)), CultureInfo.InvariantCulture);
        Assert.True(csv.Read() && csv.ReadHeader());
        Assert.Equal(CbamCsvWriter.Header, csv.HeaderRecord);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(CbamCsvWriter.Header.ToDictionary(h => h, h => csv.GetField(h)!));
        }
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal((KwunTongDemo.FactoryId, "HK", "2026", "4"), (r["reportingDeclarantId"], r["reportingDeclarantCountry"], r["reportingYear"], r["reportingQuarter"])));
        Assert.Equal(["72092690", "72092690", "73181595", "76061292"], rows.Select(r => r["cnCode"]));
        Assert.Equal(["0.0125", "0.01", "", "0.00536"], rows.Select(r => r["netMassTonnes"]));
        Assert.Equal(["1.8", "2.3", "", "6.55"], rows.Select(r => r["specificEmbeddedEmissionsTco2ePerTonne"]));
        Assert.Equal(["0.0225", "0.023", "0.000048", "0.035108"], rows.Select(r => r["totalEmbeddedEmissionsTco2e"]));
        Assert.Equal(["actual", "default", "default", "default"], rows.Select(r => r["method"]));
        Assert.Equal(["Acme Steel", "", "", ""], rows.Select(r => r["installation"]));
        Assert.Equal(report.Goods.Sum(g => g.TotalEmbeddedEmissionsTco2e), rows.Sum(r => decimal.Parse(r["totalEmbeddedEmissionsTco2e"], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void XmlWriter_HandCase_ParsesBackWithTheReportsFields()
    {
        var report = HandCase();
        XNamespace ns = CbamXmlWriter.Namespace;

        var bytes = CbamXmlWriter.Write(report);
        var doc = XDocument.Load(new MemoryStream(bytes));

        var root = doc.Root!;
        Assert.Equal(ns + "CbamQuarterlyReport", root.Name);
        Assert.Equal(KwunTongDemo.FactoryId, root.Element(ns + "ReportingDeclarant")!.Element(ns + "Identification")!.Value);
        Assert.Equal("HK", root.Element(ns + "ReportingDeclarant")!.Element(ns + "Country")!.Value);
        var period = root.Element(ns + "ReportingPeriod")!;
        Assert.Equal(("2026", "4", "2026-10-01", "2026-12-31"), (period.Element(ns + "Year")!.Value, period.Element(ns + "Quarter")!.Value,
            period.Element(ns + "StartDate")!.Value, period.Element(ns + "EndDate")!.Value));
        Assert.Equal("0.080656", root.Element(ns + "TotalEmbeddedEmissions")!.Value);
        var goods = root.Elements(ns + "GoodsImported").ToList();
        Assert.Equal(["1", "2", "3", "4"], goods.Select(g => g.Element(ns + "ItemNumber")!.Value));
        Assert.Equal(["72092690", "72092690", "73181595", "76061292"], goods.Select(g => g.Element(ns + "CommodityCode")!.Element(ns + "CnCode")!.Value));
        Assert.Equal(["ActualData", "DefaultValues", "DefaultValues", "DefaultValues"], goods.Select(g => g.Element(ns + "DeterminationType")!.Value));
        Assert.Equal(["0.0125", "0.01", null, "0.00536"], goods.Select(g => g.Element(ns + "NetMass")?.Value));
        Assert.Equal(["1.8", "2.3", null, "6.55"], goods.Select(g => g.Element(ns + "SpecificEmbeddedEmissions")!.Element(ns + "Total")?.Value));
        Assert.All(goods, g => Assert.Null(g.Element(ns + "SpecificEmbeddedEmissions")!.Element(ns + "Direct")));
        Assert.Equal("Acme Steel", goods[0].Element(ns + "Installation")!.Value);
        Assert.Equal(report.TotalEmbeddedEmissionsTco2e, goods.Sum(g => decimal.Parse(g.Element(ns + "EmbeddedEmissions")!.Value, CultureInfo.InvariantCulture)));
        Assert.Equal(bytes, CbamXmlWriter.Write(HandCase()));
    }

    [Fact]
    public void Build_NoUnits_EmptyReportAndHeaderOnlyCsv()
    {
        var report = CbamReportBuilder.Build(KwunTongDemo.Factory, "", Q4, [], Catalogue, new Dictionary<string, string>());

        Assert.Empty(report.Goods);
        Assert.Equal(0m, report.TotalEmbeddedEmissionsTco2e);
        Assert.Equal(string.Join(",", CbamCsvWriter.Header) + "\r\n", System.Text.Encoding.UTF8.GetString(CbamCsvWriter.Write(report)));
    }

    [Theory]
    [InlineData("72092690", CbamGoods.IronAndSteel)]
    [InlineData("72193310", CbamGoods.IronAndSteel)]
    [InlineData("72104900", CbamGoods.IronAndSteel)]
    [InlineData("73181595", CbamGoods.IronAndSteel)]
    [InlineData("73269098", CbamGoods.IronAndSteel)]
    [InlineData("26011200", CbamGoods.IronAndSteel)]
    [InlineData("76061292", CbamGoods.Aluminium)]
    [InlineData("76169990", CbamGoods.Aluminium)]
    [InlineData("72044910", null)]
    [InlineData("72022100", null)]
    [InlineData("72029920", null)]
    [InlineData("72026000", CbamGoods.IronAndSteel)]
    [InlineData("73121020", null)]
    [InlineData("76020011", null)]
    [InlineData("76151010", null)]
    [InlineData("44123900", null)]
    [InlineData("7209269", null)]
    [InlineData("7209 26 90", null)]
    public void SectorOf_CnCode_FollowsAnnexI(string code, string? sector) => Assert.Equal(sector, CbamGoods.SectorOf(code));

    [Theory]
    [InlineData("2026-Q4", 2026, 4)]
    [InlineData("2000-Q1", 2000, 1)]
    [InlineData("2026-Q5", 0, 0)]
    [InlineData("2026-Q0", 0, 0)]
    [InlineData("2026Q4", 0, 0)]
    [InlineData("26-Q4", 0, 0)]
    [InlineData("1999-Q4", 0, 0)]
    [InlineData("+202-Q4", 0, 0)]
    [InlineData("2026-q4", 0, 0)]
    [InlineData("", 0, 0)]
    public void Parse_Quarter_OnlyYearDashQn(string text, int year, int quarter) =>
        Assert.Equal(year == 0 ? null : new CbamQuarter(year, quarter), CbamQuarter.Parse(text));
}
