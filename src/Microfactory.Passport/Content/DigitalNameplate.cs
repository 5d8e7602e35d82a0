using Microfactory.Passport.Model;
using static Microfactory.Passport.Content.Elements;

namespace Microfactory.Passport.Content;

/// <summary>The Digital Nameplate submodel, IDTA 02006-3-0-1 (copied to <c>tests/.../Templates/</c>): idShorts, semantic ids and
/// value types as in the template; the mandatory elements always, optional ones when the input has them.</summary>
internal static class DigitalNameplate
{
    public const string IdShort = "Nameplate";
    public const string SemanticId = "https://admin-shell.io/idta/nameplate/3/0/Nameplate";
    private const string AddressSemanticId = "https://admin-shell.io/zvei/nameplate/1/0/ContactInformations/AddressInformation";

    /// <summary>The nameplate; <paramref name="serial"/> and <paramref name="manufacturedAt"/> only for a unit.</summary>
    public static Submodel Build(string id, ProductTypePassport type, string productUri, string? serial, DateTimeOffset? manufacturedAt)
    {
        var lang = type.Language;
        var m = type.Manufacturer;
        var a = m.Address;
        var elements = new List<SubmodelElement>(14)
        {
            Prop("URIOfTheProduct", "0112/2///61987#ABN590#002", DataTypeDefXsd.AnyUri, productUri),
            Mlp("ManufacturerName", "0112/2///61987#ABA565#009", lang, m.Name),
            Mlp("ManufacturerProductDesignation", "0112/2///61987#ABA567#009", lang, type.ProductName),
            Smc("AddressInformation", AddressSemanticId,
            [
                // The four fields IDTA 02006-3-0 §3.2 makes mandatory, from the Address Information drop-in (IDTA 02002).
                Mlp("Street", "0173-1#02-AAO128#002", lang, a.Street),
                Mlp("Zipcode", "0173-1#02-AAO129#002", lang, a.Zipcode),
                Mlp("CityTown", "0173-1#02-AAO132#002", lang, a.CityTown),
                Mlp("NationalCode", "0173-1#02-AAO134#002", lang, a.NationalCode),
            ]),
        };
        if (type.ProductFamily is { } family)
        {
            elements.Add(Mlp("ManufacturerProductFamily", "0112/2///61987#ABP464#002", lang, family));
        }
        elements.Add(Text("ManufacturerProductType", "0112/2///61987#ABA300#008", $"{type.TemplateId} v{type.TemplateVersion}"));
        elements.Add(Text("OrderCodeOfManufacturer", "0112/2///61987#ABA950#008", OrderCode(type)));
        if (serial is not null)
        {
            elements.Add(Text("SerialNumber", "0112/2///61987#ABA951#009", serial));
        }
        if (manufacturedAt is { } at)
        {
            elements.Add(Text("YearOfConstruction", "0112/2///61987#ABP000#002", Integer(at.UtcDateTime.Year)));
            elements.Add(Prop("DateOfManufacture", "0112/2///61987#ABB757#007", DataTypeDefXsd.Date, Date(at)));
        }
        if (m.CountryOfOrigin is { } country)
        {
            elements.Add(Text("CountryOfOrigin", "0112/2///61987#ABP462#001", country));
        }
        if (m.FacilityId is { } facility)
        {
            elements.Add(Text("UniqueFacilityIdentifier", "https://admin-shell.io/idta/nameplate/3/0/UniqueFacilityIdentifier", facility));
        }
        return new Submodel(id, elements) { IdShort = IdShort, SemanticId = Reference.Global(SemanticId) };
    }

    public static string OrderCode(ProductTypePassport type) => type.OrderCode ?? $"{type.TemplateId}-{type.TemplateVersion}";
}
