using Microfactory.Design.Expressions;

namespace Microfactory.Design.Tests.TestSupport;

/// <summary>Parses, binds and evaluates one expression with a few named values in scope.</summary>
internal static class ExpressionHarness
{
    public static (double Number, string? Text, StaticType? Type, ExpressionError? Error) Run(string text, params (string Name, StaticType Type, Value Value)[] names)
    {
        var (tree, parseError) = Parser.Parse(text);
        if (parseError is not null)
        {
            return (double.NaN, null, null, parseError);
        }
        var scope = names.Select((n, i) => (n.Name, Entry: (Slot: i, n.Type))).ToDictionary(x => x.Name, x => x.Entry);
        var bound = Binder.Bind(tree!, scope, DemoMaterials.Catalog);
        if (bound.Error is not null)
        {
            return (double.NaN, null, null, bound.Error);
        }
        var value = bound.Node!.Evaluate(new EvaluationContext([.. names.Select(n => n.Value)], DemoMaterials.Catalog));
        return (value.Number, value.Text, bound.Type, null);
    }

    public static double Number(string text, params (string Name, StaticType Type, Value Value)[] names)
    {
        var result = Run(text, names);
        Assert.True(result.Error is null, result.Error?.Message);
        return result.Number;
    }

    public static ExpressionError Error(string text, params (string Name, StaticType Type, Value Value)[] names)
    {
        var result = Run(text, names);
        Assert.NotNull(result.Error);
        return result.Error!;
    }
}
