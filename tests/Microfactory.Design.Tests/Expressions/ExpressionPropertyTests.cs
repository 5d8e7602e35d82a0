using FsCheck;
using FsCheck.Fluent;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Expressions;

/// <summary>Random arithmetic trees: written fully parenthesised, they parse and evaluate to what the tree computes.</summary>
public sealed class ExpressionPropertyTests
{
    private sealed record Tree(string Text, double Value);

    private static Gen<Tree> TreeGen(int depth)
    {
        var leaf = Gen.Choose(0, 50).Select(n => new Tree(n.ToString(System.Globalization.CultureInfo.InvariantCulture), n));
        if (depth == 0)
        {
            return leaf;
        }
        var sub = TreeGen(depth - 1);
        var node =
            from op in Gen.Elements("+", "-", "*", "/", "max", "min", "if")
            from a in sub
            from b in sub
            select op switch
            {
                "+" => new Tree($"({a.Text} + {b.Text})", a.Value + b.Value),
                "-" => new Tree($"({a.Text} - {b.Text})", a.Value - b.Value),
                "*" => new Tree($"({a.Text} * {b.Text})", a.Value * b.Value),
                "/" => new Tree($"({a.Text} / {b.Text})", a.Value / b.Value),
                "max" => new Tree($"max({a.Text}, {b.Text})", Math.Max(a.Value, b.Value)),
                "min" => new Tree($"min({a.Text}, {b.Text})", Math.Min(a.Value, b.Value)),
                _ => new Tree($"(if {a.Text} < {b.Text} then {a.Text} else {b.Text})", a.Value < b.Value ? a.Value : b.Value),
            };
        return Gen.OneOf(leaf, node);
    }

    [Fact]
    public void ParseAndEvaluate_RandomTrees_MatchDirectComputation()
    {
        Prop.ForAll(Arb.From(TreeGen(5)), tree =>
        {
            var result = ExpressionHarness.Run(tree.Text);
            if (result.Error is not null)
            {
                // Large random trees may exceed the size limits; that refusal is correct too.
                return result.Error.Message.Contains("more than", StringComparison.Ordinal) || result.Error.Message.Contains("characters long", StringComparison.Ordinal);
            }
            if (!double.IsFinite(tree.Value))
            {
                return !double.IsFinite(result.Number) || result.Number == tree.Value;
            }
            return Math.Abs(result.Number - tree.Value) <= 1e-9 * Math.Max(1, Math.Abs(tree.Value));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Parse_ArbitraryText_NeverThrows()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var result = ExpressionHarness.Run(text ?? "");
            return result.Error is not null || double.IsFinite(result.Number) || double.IsNaN(result.Number) || double.IsInfinity(result.Number);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }
}
