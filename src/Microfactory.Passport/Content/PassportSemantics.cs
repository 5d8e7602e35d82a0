namespace Microfactory.Passport.Content;

/// <summary>Semantic ids of our own submodels (no IDTA template exists for them). All are URNs under <see cref="Prefix"/>, then
/// the submodel name, major and minor version, and the element's idShort path:
/// <c>urn:microfactory:passport:MaterialComposition:1:0</c>, <c>urn:microfactory:passport:MaterialComposition:1:0:Materials:MassKg</c>.
/// A URN rather than an https IRI because the issuer domain varies per installation while the meaning does not.</summary>
public static class PassportSemantics
{
    /// <summary>The prefix of every semantic id we define.</summary>
    public const string Prefix = "urn:microfactory:passport:";

    /// <summary>Material Composition: materials, mass, recycled content, recyclability.</summary>
    public const string MaterialComposition = Prefix + "MaterialComposition:1:0";

    /// <summary>Disassembly: ordered steps with tools and released parts.</summary>
    public const string Disassembly = Prefix + "Disassembly:1:0";

    /// <summary>As-built record: operations, machines, start and end, good and scrap counts, energy.</summary>
    public const string AsBuilt = Prefix + "AsBuilt:1:0";

    internal static string Element(string submodel, string path) => submodel + ":" + path;
}
