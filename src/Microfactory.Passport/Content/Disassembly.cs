using Microfactory.Passport.Model;
using static Microfactory.Passport.Content.Elements;

namespace Microfactory.Passport.Content;

/// <summary>Our Disassembly submodel (<see cref="PassportSemantics.Disassembly"/>): the template's steps in order, numbered from 1.</summary>
internal static class Disassembly
{
    public const string IdShort = "Disassembly";
    private const string S = PassportSemantics.Disassembly;
    private static readonly string Step = PassportSemantics.Element(S, "Steps:Step");
    private static readonly string Released = PassportSemantics.Element(S, "Steps:Step:Releases:Part");

    public static Submodel Build(string id, ProductTypePassport type)
    {
        var steps = new List<SubmodelElement>(type.DisassemblySteps.Count);
        for (var i = 0; i < type.DisassemblySteps.Count; i++)
        {
            var step = type.DisassemblySteps[i];
            var fields = new List<SubmodelElement>(5)
            {
                Prop("StepNumber", Sem("Steps:Step:StepNumber"), DataTypeDefXsd.Int, Integer(i + 1)),
                Mlp("Instruction", Sem("Steps:Step:Instruction"), type.Language, step.Instruction),
            };
            if (step.Tool is { } tool)
            {
                fields.Add(Text("Tool", Sem("Steps:Step:Tool"), tool));
            }
            if (step.DurationSeconds is { } seconds)
            {
                fields.Add(Prop("DurationSeconds", Sem("Steps:Step:DurationSeconds"), DataTypeDefXsd.Int, Integer(seconds)));
            }
            if (step.Releases.Count > 0)
            {
                fields.Add(List("Releases", Sem("Steps:Step:Releases"), KeyType.Property,
                    step.Releases.Select(r => (SubmodelElement)Item(Released, DataTypeDefXsd.String, r)).ToList(), Released, DataTypeDefXsd.String));
            }
            steps.Add(Smc(null, Step, fields));
        }
        return new Submodel(id, [List("Steps", Sem("Steps"), KeyType.SubmodelElementCollection, steps, Step)])
        {
            IdShort = IdShort,
            SemanticId = Reference.Global(S),
        };
    }

    private static string Sem(string path) => PassportSemantics.Element(S, path);
}
