using Microfactory.Design.Materials;

namespace Microfactory.Design.Expressions;

/// <summary>
/// A checked expression ready to evaluate: a small tree of nodes over a slot array that holds
/// the parameters and derived values. Evaluation allocates nothing and cannot throw: numeric
/// faults (division by zero, square root of a negative) surface as non-finite numbers, which the
/// template evaluator reports as problems.
/// </summary>
internal abstract class Compiled
{
    public abstract Value Evaluate(EvaluationContext context);
}

internal sealed class ConstantNode(Value value) : Compiled
{
    public override Value Evaluate(EvaluationContext context) => value;
}

internal sealed class SlotNode(int slot) : Compiled
{
    public override Value Evaluate(EvaluationContext context) => context.Slots[slot];
}

internal sealed class NegateNode(Compiled operand) : Compiled
{
    public override Value Evaluate(EvaluationContext context) => new(-operand.Evaluate(context).Number);
}

internal sealed class NotNode(Compiled operand) : Compiled
{
    public override Value Evaluate(EvaluationContext context) => Value.Of(!operand.Evaluate(context).IsTrue);
}

internal sealed class ArithmeticNode(TokenKind op, Compiled left, Compiled right) : Compiled
{
    public override Value Evaluate(EvaluationContext context)
    {
        var a = left.Evaluate(context).Number;
        var b = right.Evaluate(context).Number;
        return new(op switch
        {
            TokenKind.Plus => a + b,
            TokenKind.Minus => a - b,
            TokenKind.Star => a * b,
            TokenKind.Slash => a / b,
            _ => Math.Pow(a, b),
        });
    }
}

internal sealed class CompareNode(TokenKind op, Compiled left, Compiled right, bool text) : Compiled
{
    /// <summary>Relative tolerance for equality: unit conversions make 0.1 m and 100 mm differ in the last bit.</summary>
    private const double Tolerance = 1e-9;

    public override Value Evaluate(EvaluationContext context)
    {
        var a = left.Evaluate(context);
        var b = right.Evaluate(context);
        if (text)
        {
            var same = string.Equals(a.Text, b.Text, StringComparison.Ordinal);
            return Value.Of(op == TokenKind.Equal ? same : !same);
        }
        var x = a.Number;
        var y = b.Number;
        // The tolerance applies to finite values only: 7 is less than infinity, not "about equal" to it.
        var equal = x == y || (double.IsFinite(x) && double.IsFinite(y) && Math.Abs(x - y) <= Tolerance * Math.Max(Math.Abs(x), Math.Abs(y)));
        return Value.Of(op switch
        {
            TokenKind.Less => x < y && !equal,
            TokenKind.LessEqual => x < y || equal,
            TokenKind.Greater => x > y && !equal,
            TokenKind.GreaterEqual => x > y || equal,
            TokenKind.Equal => equal,
            _ => !equal,
        });
    }
}

internal sealed class LogicalNode(bool isAnd, Compiled left, Compiled right) : Compiled
{
    public override Value Evaluate(EvaluationContext context)
    {
        var a = left.Evaluate(context).IsTrue;
        if (isAnd ? !a : a)
        {
            return Value.Of(a);
        }
        return Value.Of(right.Evaluate(context).IsTrue);
    }
}

internal sealed class ConditionalNode(Compiled condition, Compiled whenTrue, Compiled whenFalse) : Compiled
{
    public override Value Evaluate(EvaluationContext context) =>
        condition.Evaluate(context).IsTrue ? whenTrue.Evaluate(context) : whenFalse.Evaluate(context);
}

internal sealed class FunctionNode(Func<double, double> function, Compiled argument) : Compiled
{
    public override Value Evaluate(EvaluationContext context) => new(function(argument.Evaluate(context).Number));
}

/// <summary>round, ceil, floor: to an integer, or to a multiple of a step of the same dimension.</summary>
internal sealed class RoundNode(Func<double, double> rounding, Compiled argument, Compiled? step) : Compiled
{
    public override Value Evaluate(EvaluationContext context)
    {
        var x = argument.Evaluate(context).Number;
        if (step is null)
        {
            return new(rounding(x));
        }
        var s = step.Evaluate(context).Number;
        // Dividing first and rounding the ratio keeps 0.1 m / 1 mm from landing on 99.999….
        return new(rounding(Math.Round(x / s, 9)) * s);
    }
}

internal sealed class MinMaxNode(bool isMax, Compiled[] arguments) : Compiled
{
    public override Value Evaluate(EvaluationContext context)
    {
        var result = arguments[0].Evaluate(context).Number;
        for (var i = 1; i < arguments.Length; i++)
        {
            var x = arguments[i].Evaluate(context).Number;
            result = isMax ? Math.Max(result, x) : Math.Min(result, x);
        }
        return new(result);
    }
}

/// <summary>
/// A material property looked up, when the expression runs, by the material id its argument
/// evaluates to. Validation has already checked the ids and units against the catalogue of the
/// day; a catalogue that has since lost the material or changed its unit yields NaN, reported as a problem.
/// </summary>
internal sealed class MaterialPropertyNode(Compiled material, Func<MaterialProperties, double?> property, MaterialUnit? requiredUnit) : Compiled
{
    public override Value Evaluate(EvaluationContext context)
    {
        var found = context.Materials.Find(material.Evaluate(context).Text ?? "");
        if (found is null || (requiredUnit is not null && found.Unit != requiredUnit))
        {
            return new(double.NaN);
        }
        return new(property(found) ?? double.NaN);
    }
}
