using System.Globalization;
using Microfactory.Passport.Model;

namespace Microfactory.Passport.Content;

/// <summary>Short constructors for the elements the content builders write, all with a global semantic id, and the lexical forms
/// of the values they carry (invariant culture, UTC).</summary>
internal static class Elements
{
    public static Property Text(string idShort, string semanticId, string value) => Prop(idShort, semanticId, DataTypeDefXsd.String, value);

    public static Property Prop(string idShort, string semanticId, DataTypeDefXsd type, string value) =>
        new(type, value) { IdShort = idShort, SemanticId = Reference.Global(semanticId) };

    public static Property Item(string semanticId, DataTypeDefXsd type, string value) =>
        new(type, value) { SemanticId = Reference.Global(semanticId) };

    public static MultiLanguageProperty Mlp(string idShort, string semanticId, string language, string text) =>
        new([new LangString(language, text)]) { IdShort = idShort, SemanticId = Reference.Global(semanticId) };

    public static SubmodelElementCollection Smc(string? idShort, string semanticId, IReadOnlyList<SubmodelElement> value) =>
        new(value) { IdShort = idShort, SemanticId = Reference.Global(semanticId) };

    public static FileElement File(string? idShort, string semanticId, string contentType, string path) =>
        new(contentType, path) { IdShort = idShort, SemanticId = Reference.Global(semanticId) };

    /// <summary>A list whose items are of <paramref name="kind"/>; <paramref name="itemSemanticId"/> becomes
    /// <c>semanticIdListElement</c> when the template declares one (every item then carries it, AASd-107).</summary>
    public static SubmodelElementList List(string idShort, string semanticId, KeyType kind, IReadOnlyList<SubmodelElement> items,
        string? itemSemanticId = null, DataTypeDefXsd? itemValueType = null) =>
        new(kind, items)
        {
            IdShort = idShort,
            SemanticId = Reference.Global(semanticId),
            SemanticIdListElement = itemSemanticId is null ? null : Reference.Global(itemSemanticId),
            ValueTypeListElement = itemValueType,
        };

    public static string Decimal(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Double(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>xs:dateTime in UTC with a <c>Z</c>, to the second or with the fraction the value has.</summary>
    public static string DateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>xs:date of the UTC day.</summary>
    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
