using Microfactory.Core.Materials;

namespace Microfactory.Server.Features.Cbam;

/// <summary>
/// Which CN codes are goods covered by CBAM in the two sectors a microfactory buys from: iron and steel, and aluminium
/// (Regulation (EU) 2023/956, Annex I, point 1 as amended). Cement, fertilisers, electricity and hydrogen are out of
/// the platform's scope. Matching is by prefix, as the Annex lists chapters, headings and subheadings.
/// </summary>
internal static class CbamGoods
{
    public const string IronAndSteel = "Iron and steel";
    public const string Aluminium = "Aluminium";

    /// <summary>Chapter 72 is covered except the ferro-alloys and scrap the Annex names.</summary>
    private static readonly string[] Chapter72Exceptions =
    [
        "72022", // ferro-silicon
        "72023000", // ferro-silico-manganese
        "72025000", // ferro-silico-chromium
        "72027000", // ferro-molybdenum
        "72028000", // ferro-tungsten and ferro-silico-tungsten
        "72029100", // ferro-titanium and ferro-silico-titanium
        "72029200", // ferro-vanadium
        "72029300", // ferro-niobium
        "720299", // other ferro-alloys (ferro-phosphorus, ferro-silico-magnesium, other)
        "7204", // ferrous waste and scrap, remelting scrap ingots
    ];

    /// <summary>Chapter 73 headings in the Annex: tubes, pipes, structures, tanks, containers, screws and bolts, other articles.</summary>
    private static readonly string[] Chapter73 =
        ["7301", "7302", "730300", "7304", "7305", "7306", "7307", "7308", "730900", "7310", "731100", "7318", "7326"];

    /// <summary>Chapter 76 headings in the Annex: unwrought aluminium, powders, bars, wire, plates and sheets, foil, tubes, structures, containers, stranded wire, other articles.</summary>
    private static readonly string[] Chapter76 =
        ["7601", "760300", "7604", "7605", "7606", "7607", "7608", "76090000", "7610", "76110000", "7612", "76130000", "7614", "7616"];

    /// <summary>Agglomerated iron ores (heading 2601 12 00) belong to iron and steel too.</summary>
    private const string AgglomeratedIronOre = "26011200";

    /// <summary>The CBAM sector of a well-formed CN code, or null when the good is not covered.</summary>
    public static string? SectorOf(string? cnCode)
    {
        if (!CnCodes.IsWellFormed(cnCode))
        {
            return null;
        }
        var code = cnCode!;
        if (code.StartsWith("72", StringComparison.Ordinal))
        {
            return Chapter72Exceptions.Any(e => code.StartsWith(e, StringComparison.Ordinal)) ? null : IronAndSteel;
        }
        if (code == AgglomeratedIronOre || Chapter73.Any(h => code.StartsWith(h, StringComparison.Ordinal)))
        {
            return IronAndSteel;
        }
        return Chapter76.Any(h => code.StartsWith(h, StringComparison.Ordinal)) ? Aluminium : null;
    }
}
