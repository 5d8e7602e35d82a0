using Microfactory.Passport.Model;

namespace Microfactory.Passport.Content;

/// <summary>Concept descriptions of our own semantic ids (<see cref="PassportSemantics"/>): a URN resolves nowhere, so each
/// passport carries what its own submodels' ids mean, with units. One list per submodel, built once; the passport includes the
/// lists of the submodels it holds.</summary>
internal static class OwnConcepts
{
    public static readonly IReadOnlyList<ConceptDescription> MaterialComposition = Concepts(PassportSemantics.MaterialComposition, "MaterialComposition",
        "Materials of one unit: mass, recycled content and recyclability.",
        ("TotalMassKg", "Mass of one unit, in kilograms: the sum of the materials' masses."),
        ("RecycledContentPercent", "Mass-weighted share of recycled material in one unit, in percent (0 to 100), two decimals."),
        ("RecyclablePercent", "Mass-weighted share of one unit's mass that can be recycled at end of life, in percent (0 to 100), two decimals."),
        ("Materials", "The materials of the bill of materials, one entry each."),
        ("Materials:Material", "One material of the bill of materials."),
        ("Materials:Material:MaterialName", "Name of the material."),
        ("Materials:Material:MaterialId", "The manufacturer's id of the material."),
        ("Materials:Material:MaterialCategory", "Material family, for example wood, metal or polymer."),
        ("Materials:Material:MassKg", "Mass of this material in one unit, in kilograms."),
        ("Materials:Material:RecycledContentPercent", "Share of this material's mass that is recycled, in percent (0 to 100)."),
        ("Materials:Material:RecyclablePercent", "Share of this material's mass that can be recycled at end of life, in percent (0 to 100)."));

    public static readonly IReadOnlyList<ConceptDescription> Disassembly = Concepts(PassportSemantics.Disassembly, "Disassembly",
        "How to take the product apart, step by step.",
        ("Steps", "The disassembly steps in order."),
        ("Steps:Step", "One disassembly step."),
        ("Steps:Step:StepNumber", "Position of the step, counted from 1."),
        ("Steps:Step:Instruction", "What to do in this step."),
        ("Steps:Step:Tool", "The tool the step needs."),
        ("Steps:Step:DurationSeconds", "Estimated time for the step, in seconds."),
        ("Steps:Step:Releases", "Parts or materials the step releases."),
        ("Steps:Step:Releases:Part", "A part or material the step releases."));

    public static readonly IReadOnlyList<ConceptDescription> AsBuilt = Concepts(PassportSemantics.AsBuilt, "AsBuiltRecord",
        "How one unit was made: operations, machines, times, results and energy. Names machines, never people.",
        ("SerialNumber", "Serial number of the unit."),
        ("CompletedAt", "When the unit was finished, UTC."),
        ("TotalEnergyKwh", "Electrical energy of all operations on the unit, in kilowatt-hours."),
        ("Operations", "The operations performed on the unit, in order."),
        ("Operations:Operation", "One operation as performed."),
        ("Operations:Operation:OperationId", "The manufacturer's id of the operation."),
        ("Operations:Operation:OperationName", "What was done."),
        ("Operations:Operation:MachineId", "The manufacturer's id of the machine."),
        ("Operations:Operation:MachineName", "Name of the machine."),
        ("Operations:Operation:StartedAt", "Start of the operation, UTC."),
        ("Operations:Operation:EndedAt", "End of the operation, UTC."),
        ("Operations:Operation:GoodCount", "Good pieces produced, a count."),
        ("Operations:Operation:ScrapCount", "Scrapped pieces, a count."),
        ("Operations:Operation:EnergyKwh", "Electrical energy of the operation, in kilowatt-hours."));

    private static ConceptDescription[] Concepts(string submodel, string idShort, string description, params (string Path, string Description)[] elements)
    {
        var concepts = new ConceptDescription[elements.Length + 1];
        concepts[0] = new ConceptDescription(submodel) { IdShort = idShort, Description = [new LangString("en", description)] };
        for (var i = 0; i < elements.Length; i++)
        {
            var (path, text) = elements[i];
            concepts[i + 1] = new ConceptDescription(PassportSemantics.Element(submodel, path))
            {
                IdShort = path[(path.LastIndexOf(':') + 1)..],
                Description = [new LangString("en", text)],
            };
        }
        return concepts;
    }
}
