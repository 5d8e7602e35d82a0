using Microfactory.Design.Evaluation;
using Microfactory.Passport.Content;
using Microfactory.Passport.Packaging;
using Microfactory.Server.Features.Carbon;

namespace Microfactory.Server.Features.Passports;

/// <summary>
/// Everything a passport says, gathered from the platform's records: the product type (and, for a finished unit, the unit)
/// as the passport library takes it, the design files' bytes for the AASX package, and what the public page shows beside
/// it. Only public content: no customer, order or operator appears here.
/// </summary>
/// <param name="Type">The product type: template version, manufacturer, materials, disassembly, estimated footprint, design files.</param>
/// <param name="Unit">The finished unit, or null for a product-type passport.</param>
/// <param name="Files">The design files' bytes, one per <see cref="ProductTypePassport.DesignFiles"/> entry, at their package paths.</param>
/// <param name="Description">The template's description of the product.</param>
/// <param name="Designer">Who designed the template.</param>
/// <param name="Licence">The design's licence.</param>
/// <param name="Parameters">The design's parameter values (the product's specification).</param>
/// <param name="MaterialsNote">The template's note on materials.</param>
/// <param name="CircularityNote">The template's note on reuse and recycling.</param>
/// <param name="Footprint">The footprint the passport carries: the unit's actual one, else the type's estimate; null when none is published yet.</param>
/// <param name="TimeZoneId">The factory's time zone, for showing times.</param>
/// <param name="Recyclability">Each material's end-of-life class by material id (recyclable, limited, not recyclable).</param>
internal sealed record PassportFacts(
    ProductTypePassport Type,
    UnitPassport? Unit,
    IReadOnlyList<AasxFile> Files,
    string Description,
    string Designer,
    string Licence,
    IReadOnlyList<ResolvedValue> Parameters,
    string MaterialsNote,
    string CircularityNote,
    ProductFootprintRecord? Footprint,
    string TimeZoneId,
    IReadOnlyDictionary<string, string> Recyclability);
