using FsCheck;
using FsCheck.Fluent;
using Microfactory.Design.Catalogue;
using Microfactory.Design.Evaluation;
using Microfactory.Design.Templates;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Evaluation;

/// <summary>
/// Properties over every shipped template: values inside the declared bounds give a design or rule
/// messages, never an exception or an internal problem; values outside are refused in one sentence naming the label and the bound.
/// </summary>
public sealed class TemplateEvaluatorPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(150);

    public static TheoryData<string> Ids => new(ShippedTemplates.All.Select(t => t.Id));

    private static Template Load(string id) => TemplateDocument.Parse(ShippedTemplates.Find(id)!.Yaml, DemoMaterials.Catalog).Template!;

    /// <summary>A value inside the parameter's declared domain, written as a customer would.</summary>
    private static Gen<string> InBounds(TemplateParameter p) => p.Type switch
    {
        ParameterType.Boolean => Gen.Elements("true", "false"),
        ParameterType.Choice => Gen.Elements(p.Options.ToArray()),
        // Texts the plywood box can engrave on its smallest front; what it cannot engrave is refused by name (PlywoodStorageBoxTests).
        ParameterType.Text => Gen.Elements("", "Kitchen", "Tools & screws", "No. 12"),
        _ => StepsGen(p).Select(v => Format(v) + (p.Unit.Length > 0 ? " " + p.Unit : "")),
    };

    private static Gen<double> StepsGen(TemplateParameter p)
    {
        var min = p.Min ?? 0;
        var max = p.Max ?? min + 100;
        var step = p.Step ?? (p.Type == ParameterType.Integer ? 1 : (max - min) / 1000);
        var count = (int)Math.Floor(((max - min) / step) + 1e-9);
        return Gen.Choose(0, count).Select(k => Math.Min(max, min + (k * step)));
    }

    private static string Format(double value) => Math.Round(value, 9).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Gen<Dictionary<string, string>> Values(Template template) =>
        template.Parameters.Aggregate(
            Gen.Constant(new Dictionary<string, string>(StringComparer.Ordinal)),
            (acc, p) => acc.SelectMany(d => InBounds(p).Select(v => new Dictionary<string, string>(d) { [p.Name] = v })));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Evaluate_ValuesWithinBounds_DesignOrRuleMessagesOnly(string id)
    {
        var template = Load(id);

        Prop.ForAll(Arb.From(Values(template)), values =>
        {
            var result = TemplateEvaluator.Evaluate(template, values, DemoMaterials.Catalog);
            if (result.IsSuccess)
            {
                return result.Design!.Files.Count > 0 && result.Design.Bom.All(l => l.LineCost >= 0) && result.Design.Routing.All(r => r.RunSeconds >= 0);
            }
            return result.Problems.Count > 0 && result.Problems.All(p => p.RuleId is not null && p.Parameters.Count > 0 && p.Message.Length > 0);
        }).Check(Config);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Evaluate_ValueOutsideBounds_RefusedNamingTheBound(string id)
    {
        var template = Load(id);
        var bounded = template.Parameters.Where(p => p.Min is not null && p.Max is not null).ToArray();
        var outside =
            from p in Gen.Elements(bounded)
            from below in Gen.Elements(true, false)
            from distance in Gen.Choose(1, 1000)
            select (p, below, Value: below ? p.Min!.Value - distance : p.Max!.Value + distance);

        Prop.ForAll(Arb.From(outside), c =>
        {
            var values = new Dictionary<string, string> { [c.p.Name] = Format(c.Value) + (c.p.Unit.Length > 0 ? " " + c.p.Unit : "") };
            var result = TemplateEvaluator.Evaluate(template, values, DemoMaterials.Catalog);
            var problem = result.Problems.SingleOrDefault();
            var bound = c.below ? $"at least {DisplayText.Quantity(c.p.Min!.Value, c.p.Unit)}" : $"at most {DisplayText.Quantity(c.p.Max!.Value, c.p.Unit)}";
            return !result.IsSuccess
                && problem is not null
                && problem.Parameters.SequenceEqual([c.p.Name])
                && problem.Message == $"{c.p.Label} must be {bound}.";
        }).Check(Config);
    }

    [Fact]
    public void Evaluate_ArbitraryText_NeverThrows()
    {
        var template = Load("sheet-metal-enclosure");
        var names = template.Parameters.Select(p => p.Name).Append("unknown").ToArray();

        Prop.ForAll(Arb.From(Gen.Elements(names)), ArbMap.Default.ArbFor<string>(), (name, text) =>
        {
            var result = TemplateEvaluator.Evaluate(template, new Dictionary<string, string> { [name] = text ?? "" }, DemoMaterials.Catalog);
            return result.IsSuccess || result.Problems.Count > 0;
        }).Check(Config);
    }
}
