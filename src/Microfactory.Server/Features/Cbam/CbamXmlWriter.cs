using System.Globalization;
using System.Text;
using System.Xml;

namespace Microfactory.Server.Features.Cbam;

/// <summary>
/// Writes a <see cref="CbamReport"/> as XML in the namespace <see cref="Namespace"/>. Element names follow the fields of
/// the CBAM quarterly report of the transitional period (Implementing Regulation (EU) 2023/1773, Annex I); the document
/// is the platform's own layout of those fields, not the CBAM registry's upload schema:
/// <code>
/// CbamQuarterlyReport
///   ReportingDeclarant: Identification, Name, Address, Country
///   ReportingPeriod: Year, Quarter, StartDate, EndDate
///   UnitsProduced, TotalNetMass (t), TotalEmbeddedEmissions (t CO2e)
///   GoodsImported (one per good, ItemNumber from 1):
///     CommodityCode: CnCode, Sector, CommodityDescription, MaterialId
///     CountryOfOrigin, NetMass (t), Installation?, ProductionRoute?
///     SpecificEmbeddedEmissions: Direct?, Indirect?, Total? (t CO2e per t)
///     EmbeddedEmissions (t CO2e), DeterminationType (ActualData | DefaultValues), DataSource, Units
/// </code>
/// An element marked ? is left out when unknown. Decimals in the invariant culture; UTF-8 without a byte order mark.
/// </summary>
internal static class CbamXmlWriter
{
    /// <summary>The namespace of the document.</summary>
    public const string Namespace = "urn:microfactory:cbam:quarterly-report:1";

    public static byte[] Write(CbamReport report)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("CbamQuarterlyReport", Namespace);
            xml.WriteStartElement("ReportingDeclarant", Namespace);
            Element(xml, "Identification", report.DeclarantId);
            Element(xml, "Name", report.DeclarantName);
            Element(xml, "Address", report.DeclarantSite);
            Element(xml, "Country", report.DeclarantCountry);
            xml.WriteEndElement();
            xml.WriteStartElement("ReportingPeriod", Namespace);
            Element(xml, "Year", report.Period.Year.ToString(CultureInfo.InvariantCulture));
            Element(xml, "Quarter", report.Period.Quarter.ToString(CultureInfo.InvariantCulture));
            Element(xml, "StartDate", report.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Element(xml, "EndDate", report.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            Element(xml, "UnitsProduced", report.UnitsProduced.ToString(CultureInfo.InvariantCulture));
            Element(xml, "TotalNetMass", CbamCsvWriter.Number(report.TotalNetMassTonnes));
            Element(xml, "TotalEmbeddedEmissions", CbamCsvWriter.Number(report.TotalEmbeddedEmissionsTco2e));
            for (var i = 0; i < report.Goods.Count; i++)
            {
                var g = report.Goods[i];
                xml.WriteStartElement("GoodsImported", Namespace);
                Element(xml, "ItemNumber", (i + 1).ToString(CultureInfo.InvariantCulture));
                xml.WriteStartElement("CommodityCode", Namespace);
                Element(xml, "CnCode", g.CnCode);
                Element(xml, "Sector", g.Sector);
                Element(xml, "CommodityDescription", g.CommodityDescription);
                Element(xml, "MaterialId", g.MaterialId);
                xml.WriteEndElement();
                Element(xml, "CountryOfOrigin", g.CountryOfOrigin);
                Optional(xml, "NetMass", CbamCsvWriter.Number(g.NetMassTonnes));
                Optional(xml, "Installation", g.Installation);
                Optional(xml, "ProductionRoute", g.ProductionRoute);
                xml.WriteStartElement("SpecificEmbeddedEmissions", Namespace);
                Optional(xml, "Direct", CbamCsvWriter.Number(g.SpecificDirectEmissions));
                Optional(xml, "Indirect", CbamCsvWriter.Number(g.SpecificIndirectEmissions));
                Optional(xml, "Total", CbamCsvWriter.Number(g.SpecificEmbeddedEmissions));
                xml.WriteEndElement();
                Element(xml, "EmbeddedEmissions", CbamCsvWriter.Number(g.TotalEmbeddedEmissionsTco2e));
                Element(xml, "DeterminationType", g.Method == CbamMethods.Actual ? "ActualData" : "DefaultValues");
                Element(xml, "DataSource", g.DataSource);
                Element(xml, "Units", g.Units.ToString(CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void Element(XmlWriter xml, string name, string value) => xml.WriteElementString(name, Namespace, value);

    private static void Optional(XmlWriter xml, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Element(xml, name, value);
        }
    }
}
