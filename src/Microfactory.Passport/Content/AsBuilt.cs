using Microfactory.Passport.Model;
using static Microfactory.Passport.Content.Elements;

namespace Microfactory.Passport.Content;

/// <summary>Our As-built record (<see cref="PassportSemantics.AsBuilt"/>): the unit's operations in order with machine, start and
/// end (UTC), good and scrap counts and energy in kWh, and the total energy. It names machines, never operators: a passport is
/// public.</summary>
internal static class AsBuilt
{
    public const string IdShort = "AsBuiltRecord";
    private const string S = PassportSemantics.AsBuilt;
    private static readonly string Operation = PassportSemantics.Element(S, "Operations:Operation");

    public static Submodel Build(string id, UnitPassport unit)
    {
        var operations = new List<SubmodelElement>(unit.Operations.Count);
        foreach (var op in unit.Operations)
        {
            var fields = new List<SubmodelElement>(9)
            {
                Text("OperationId", Sem("OperationId"), op.OperationId),
                Mlp("OperationName", Sem("OperationName"), unit.Type.Language, op.Name),
                Text("MachineId", Sem("MachineId"), op.MachineId),
            };
            if (op.MachineName is { } machineName)
            {
                fields.Add(Mlp("MachineName", Sem("MachineName"), unit.Type.Language, machineName));
            }
            fields.Add(Prop("StartedAt", Sem("StartedAt"), DataTypeDefXsd.DateTime, DateTime(op.StartedAt)));
            fields.Add(Prop("EndedAt", Sem("EndedAt"), DataTypeDefXsd.DateTime, DateTime(op.EndedAt)));
            fields.Add(Prop("GoodCount", Sem("GoodCount"), DataTypeDefXsd.Int, Integer(op.GoodCount)));
            fields.Add(Prop("ScrapCount", Sem("ScrapCount"), DataTypeDefXsd.Int, Integer(op.ScrapCount)));
            fields.Add(Prop("EnergyKwh", Sem("EnergyKwh"), DataTypeDefXsd.Decimal, Decimal(op.EnergyKwh)));
            operations.Add(Smc(null, Operation, fields));
        }
        SubmodelElement[] elements =
        [
            Text("SerialNumber", PassportSemantics.Element(S, "SerialNumber"), unit.SerialNumber),
            Prop("CompletedAt", PassportSemantics.Element(S, "CompletedAt"), DataTypeDefXsd.DateTime, DateTime(unit.CompletedAt)),
            Prop("TotalEnergyKwh", PassportSemantics.Element(S, "TotalEnergyKwh"), DataTypeDefXsd.Decimal, Decimal(unit.Operations.Sum(o => o.EnergyKwh))),
            List("Operations", PassportSemantics.Element(S, "Operations"), KeyType.SubmodelElementCollection, operations, Operation),
        ];
        return new Submodel(id, elements) { IdShort = IdShort, SemanticId = Reference.Global(S) };
    }

    private static string Sem(string field) => PassportSemantics.Element(S, "Operations:Operation:" + field);
}
