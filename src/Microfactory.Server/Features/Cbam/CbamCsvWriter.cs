using System.Globalization;
using System.Text;
using CsvHelper;

namespace Microfactory.Server.Features.Cbam;

/// <summary>
/// Writes a <see cref="CbamReport"/> as CSV (RFC 4180, UTF-8 without a byte order mark, CsvHelper): a header row, then
/// one row per covered good in the report's order, each repeating the declarant and the period so a row stands alone.
/// Decimals in the invariant culture; an unknown value is an empty field. An empty quarter gives the header alone.
/// </summary>
internal static class CbamCsvWriter
{
    /// <summary>The header, in column order.</summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "reportingDeclarantId", "reportingDeclarantName", "reportingDeclarantCountry", "reportingYear", "reportingQuarter",
        "cnCode", "sector", "materialId", "commodityDescription", "countryOfOrigin", "netMassTonnes", "installation", "productionRoute",
        "specificDirectEmissionsTco2ePerTonne", "specificIndirectEmissionsTco2ePerTonne", "specificEmbeddedEmissionsTco2ePerTonne",
        "totalEmbeddedEmissionsTco2e", "method", "dataSource", "units",
    ];

    public static byte[] Write(CbamReport report)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var name in Header)
            {
                csv.WriteField(name);
            }
            csv.NextRecord();
            foreach (var g in report.Goods)
            {
                csv.WriteField(report.DeclarantId);
                csv.WriteField(report.DeclarantName);
                csv.WriteField(report.DeclarantCountry);
                csv.WriteField(report.Period.Year.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(report.Period.Quarter.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(g.CnCode);
                csv.WriteField(g.Sector);
                csv.WriteField(g.MaterialId);
                csv.WriteField(g.CommodityDescription);
                csv.WriteField(g.CountryOfOrigin);
                csv.WriteField(Number(g.NetMassTonnes));
                csv.WriteField(g.Installation ?? "");
                csv.WriteField(g.ProductionRoute ?? "");
                csv.WriteField(Number(g.SpecificDirectEmissions));
                csv.WriteField(Number(g.SpecificIndirectEmissions));
                csv.WriteField(Number(g.SpecificEmbeddedEmissions));
                csv.WriteField(Number(g.TotalEmbeddedEmissionsTco2e));
                csv.WriteField(g.Method);
                csv.WriteField(g.DataSource);
                csv.WriteField(g.Units.ToString(CultureInfo.InvariantCulture));
                csv.NextRecord();
            }
        }
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    /// <summary>A decimal in the invariant culture without trailing zeros; empty when unknown.</summary>
    internal static string Number(decimal? value) => value is { } v ? v.ToString(NumberFormat, CultureInfo.InvariantCulture) : "";

    /// <summary>Every significant decimal place (a decimal has at most 28), no exponent, no trailing zeros: the same figure always reads the same.</summary>
    private const string NumberFormat = "0.############################";
}
