using Microfactory.Design.Materials;
using Microfactory.Design.Units;

namespace Microfactory.Design.Expressions;

/// <summary>
/// Checks a syntax tree against the names in scope, the unit rules and the material catalogue,
/// and compiles it. Every rule is enforced here, once, when a template is validated: adding a
/// length to a mass, comparing a text with a number, or asking for the density of a screw is a
/// publish-time error with a position, never a surprise when a customer orders.
/// </summary>
internal sealed class Binder
{
    private readonly IReadOnlyDictionary<string, (int Slot, StaticType Type)> _scope;
    private readonly IMaterialCatalog _materials;
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);

    private Binder(IReadOnlyDictionary<string, (int Slot, StaticType Type)> scope, IMaterialCatalog materials)
    {
        _scope = scope;
        _materials = materials;
    }

    /// <summary>Binds a tree; on success also returns the names it reads, so problems can name the parameters behind them.</summary>
    public static BindResult Bind(Syntax tree, IReadOnlyDictionary<string, (int Slot, StaticType Type)> scope, IMaterialCatalog materials)
    {
        var binder = new Binder(scope, materials);
        try
        {
            var (node, type) = binder.Visit(tree);
            return new BindResult(node, type, [.. binder._usedNames.Order(StringComparer.Ordinal)], null);
        }
        catch (BindFailure failure)
        {
            return new BindResult(null, null, [], failure.Error);
        }
    }

    private (Compiled Node, StaticType Type) Visit(Syntax syntax) => syntax switch
    {
        NumberSyntax n => (new ConstantNode(new Value(n.Value)), StaticType.Number(n.Dimension)),
        TextSyntax t => (new ConstantNode(Value.Of(t.Value)), StaticType.Text([t.Value])),
        BooleanSyntax b => (new ConstantNode(Value.Of(b.Value)), StaticType.Boolean),
        NameSyntax name => VisitName(name),
        UnarySyntax unary => VisitUnary(unary),
        BinarySyntax binary => VisitBinary(binary),
        ConditionalSyntax conditional => VisitConditional(conditional),
        CallSyntax call => VisitCall(call),
        _ => throw Fail("unsupported expression", syntax.Position),
    };

    private (Compiled, StaticType) VisitName(NameSyntax name)
    {
        if (_scope.TryGetValue(name.Name, out var entry))
        {
            _usedNames.Add(name.Name);
            return (new SlotNode(entry.Slot), entry.Type);
        }
        if (name.Name == "pi")
        {
            return (new ConstantNode(new Value(Math.PI)), StaticType.Number(Dimension.None));
        }
        var known = string.Join(", ", _scope.Keys.Order(StringComparer.Ordinal).Take(20));
        throw Fail($"unknown name '{name.Name}'" + (known.Length > 0 ? $"; names available here: {known}" : ""), name.Position);
    }

    private (Compiled, StaticType) VisitUnary(UnarySyntax unary)
    {
        var (operand, type) = Visit(unary.Operand);
        if (unary.Operator == TokenKind.Not)
        {
            Require(type, ValueKind.Boolean, "'not'", unary.Operand.Position);
            return (new NotNode(operand), StaticType.Boolean);
        }
        Require(type, ValueKind.Number, "'-'", unary.Operand.Position);
        return (new NegateNode(operand), type);
    }

    private (Compiled, StaticType) VisitBinary(BinarySyntax binary)
    {
        var (left, leftType) = Visit(binary.Left);
        var (right, rightType) = Visit(binary.Right);
        var symbol = Symbol(binary.Operator);
        switch (binary.Operator)
        {
            case TokenKind.And or TokenKind.Or:
                Require(leftType, ValueKind.Boolean, $"'{symbol}'", binary.Left.Position);
                Require(rightType, ValueKind.Boolean, $"'{symbol}'", binary.Right.Position);
                return (new LogicalNode(binary.Operator == TokenKind.And, left, right), StaticType.Boolean);
            case TokenKind.Plus or TokenKind.Minus:
                Require(leftType, ValueKind.Number, $"'{symbol}'", binary.Left.Position);
                Require(rightType, ValueKind.Number, $"'{symbol}'", binary.Right.Position);
                if (leftType.Dimension != rightType.Dimension)
                {
                    var verb = binary.Operator == TokenKind.Plus ? "add" : "subtract";
                    throw Fail($"cannot {verb} {leftType.Describe()} and {rightType.Describe()}: units must match", binary.Position);
                }
                return (new ArithmeticNode(binary.Operator, left, right), leftType);
            case TokenKind.Star or TokenKind.Slash:
                Require(leftType, ValueKind.Number, $"'{symbol}'", binary.Left.Position);
                Require(rightType, ValueKind.Number, $"'{symbol}'", binary.Right.Position);
                var dimension = binary.Operator == TokenKind.Star ? leftType.Dimension * rightType.Dimension : leftType.Dimension / rightType.Dimension;
                return (new ArithmeticNode(binary.Operator, left, right), StaticType.Number(dimension));
            case TokenKind.Caret:
                return VisitPower(binary, left, leftType, right, rightType);
            case TokenKind.Equal or TokenKind.NotEqual when leftType.Kind != ValueKind.Number:
                if (leftType.Kind != rightType.Kind)
                {
                    throw Fail($"cannot compare {leftType.Describe()} with {rightType.Describe()}", binary.Position);
                }
                return (new CompareNode(binary.Operator, left, right, leftType.Kind == ValueKind.Text), StaticType.Boolean);
            default:
                Require(leftType, ValueKind.Number, $"'{symbol}'", binary.Left.Position);
                Require(rightType, ValueKind.Number, $"'{symbol}'", binary.Right.Position);
                if (leftType.Dimension != rightType.Dimension)
                {
                    throw Fail($"cannot compare {leftType.Describe()} with {rightType.Describe()}: units must match", binary.Position);
                }
                return (new CompareNode(binary.Operator, left, right, false), StaticType.Boolean);
        }
    }

    private static (Compiled, StaticType) VisitPower(BinarySyntax binary, Compiled left, StaticType leftType, Compiled right, StaticType rightType)
    {
        Require(leftType, ValueKind.Number, "'^'", binary.Left.Position);
        Require(rightType, ValueKind.Number, "'^'", binary.Right.Position);
        if (!rightType.Dimension.IsNone)
        {
            throw Fail($"an exponent must be a plain number, not {rightType.Describe()}", binary.Right.Position);
        }
        if (leftType.Dimension.IsNone)
        {
            return (new ArithmeticNode(TokenKind.Caret, left, right), leftType);
        }
        // A quantity with a unit may only be raised to a small whole constant, so its unit is known.
        var exponent = ConstantInteger(binary.Right);
        if (exponent is null || Math.Abs(exponent.Value) > 4)
        {
            throw Fail($"{leftType.Describe()} can only be raised to a whole constant between -4 and 4", binary.Right.Position);
        }
        return (new ArithmeticNode(TokenKind.Caret, left, right), StaticType.Number(leftType.Dimension.Pow(exponent.Value)));
    }

    private static int? ConstantInteger(Syntax syntax) => syntax switch
    {
        NumberSyntax { Dimension.IsNone: true } n when n.Value == Math.Floor(n.Value) && Math.Abs(n.Value) <= 100 => (int)n.Value,
        UnarySyntax { Operator: TokenKind.Minus } u => -ConstantInteger(u.Operand),
        _ => null,
    };

    private (Compiled, StaticType) VisitConditional(ConditionalSyntax conditional)
    {
        var (condition, conditionType) = Visit(conditional.Condition);
        Require(conditionType, ValueKind.Boolean, "'if'", conditional.Condition.Position);
        var (whenTrue, trueType) = Visit(conditional.WhenTrue);
        var (whenFalse, falseType) = Visit(conditional.WhenFalse);
        if (trueType.Kind != falseType.Kind || (trueType.Kind == ValueKind.Number && trueType.Dimension != falseType.Dimension))
        {
            throw Fail($"both branches of 'if' must have the same type and unit: 'then' gives {trueType.Describe()}, 'else' gives {falseType.Describe()}", conditional.WhenFalse.Position);
        }
        var type = trueType.Kind == ValueKind.Text
            ? trueType.TextValues is null || falseType.TextValues is null ? StaticType.FreeText : StaticType.Text([.. trueType.TextValues.Union(falseType.TextValues)])
            : trueType;
        return (new ConditionalNode(condition, whenTrue, whenFalse), type);
    }

    private (Compiled, StaticType) VisitCall(CallSyntax call)
    {
        var arguments = call.Arguments.Select(Visit).ToArray();
        switch (call.Function)
        {
            case "min" or "max":
                if (arguments.Length == 0)
                {
                    throw Fail($"{call.Function} needs at least one argument", call.Position);
                }
                for (var i = 0; i < arguments.Length; i++)
                {
                    Require(arguments[i].Item2, ValueKind.Number, call.Function, call.Arguments[i].Position);
                    if (arguments[i].Item2.Dimension != arguments[0].Item2.Dimension)
                    {
                        throw Fail($"all arguments of {call.Function} must have the same unit: the first is {arguments[0].Item2.Describe()}, this one {arguments[i].Item2.Describe()}", call.Arguments[i].Position);
                    }
                }
                return (new MinMaxNode(call.Function == "max", [.. arguments.Select(a => a.Item1)]), arguments[0].Item2);
            case "abs":
                var abs = Single(call, arguments);
                return (new FunctionNode(Math.Abs, abs.Item1), abs.Item2);
            case "sqrt":
                var sqrt = Single(call, arguments);
                if (!sqrt.Item2.Dimension.HasSquareRoot)
                {
                    throw Fail($"the square root of {sqrt.Item2.Describe()} has no unit", call.Arguments[0].Position);
                }
                return (new FunctionNode(Math.Sqrt, sqrt.Item1), StaticType.Number(sqrt.Item2.Dimension.Sqrt()));
            case "sin" or "cos" or "tan":
                var angle = Single(call, arguments);
                RequirePlain(angle.Item2, call.Function, call.Arguments[0].Position);
                Func<double, double> trig = call.Function switch { "sin" => Math.Sin, "cos" => Math.Cos, _ => Math.Tan };
                return (new FunctionNode(trig, angle.Item1), StaticType.Number(Dimension.None));
            case "round" or "ceil" or "floor":
                return VisitRounding(call, arguments);
            case "density" or "thickness" or "price" or "co2":
                return VisitMaterial(call, arguments);
            default:
                throw Fail($"unknown function '{call.Function}'; functions are min, max, round, ceil, floor, sqrt, abs, sin, cos, tan, density, thickness, price, co2", call.Position);
        }
    }

    private static (Compiled, StaticType) VisitRounding(CallSyntax call, (Compiled, StaticType)[] arguments)
    {
        if (arguments.Length is < 1 or > 2)
        {
            throw Fail($"{call.Function} takes a value and an optional step, e.g. {call.Function}(x) or {call.Function}(width, 5 mm)", call.Position);
        }
        Require(arguments[0].Item2, ValueKind.Number, call.Function, call.Arguments[0].Position);
        Func<double, double> rounding = call.Function switch
        {
            "round" => x => Math.Round(x, MidpointRounding.AwayFromZero),
            "ceil" => Math.Ceiling,
            _ => Math.Floor,
        };
        if (arguments.Length == 1)
        {
            if (!arguments[0].Item2.Dimension.IsNone)
            {
                throw Fail($"{call.Function} of {arguments[0].Item2.Describe()} needs a step with the same unit, e.g. {call.Function}(x, 1 mm)", call.Position);
            }
            return (new RoundNode(rounding, arguments[0].Item1, null), arguments[0].Item2);
        }
        Require(arguments[1].Item2, ValueKind.Number, call.Function, call.Arguments[1].Position);
        if (arguments[1].Item2.Dimension != arguments[0].Item2.Dimension)
        {
            throw Fail($"the step of {call.Function} must have the unit of the value: {arguments[0].Item2.Describe()}, not {arguments[1].Item2.Describe()}", call.Arguments[1].Position);
        }
        return (new RoundNode(rounding, arguments[0].Item1, arguments[1].Item1), arguments[0].Item2);
    }

    private (Compiled, StaticType) VisitMaterial(CallSyntax call, (Compiled, StaticType)[] arguments)
    {
        var (argument, type) = Single(call, arguments, numeric: false);
        if (type.Kind != ValueKind.Text || type.TextValues is null || type.TextValues.Count == 0)
        {
            throw Fail($"{call.Function} needs a material id: a quoted id such as 'mat_steel_dc01_1_5' or a choice parameter whose options are material ids", call.Arguments[0].Position);
        }
        Func<MaterialProperties, double?> property = call.Function switch
        {
            "density" => m => m.DensityKgPerM3,
            "thickness" => m => m.SheetThicknessMm / 1000,
            "price" => m => (double)m.PricePerUnit,
            _ => m => m.KgCo2ePerUnit,
        };
        var perUnit = call.Function is "price" or "co2";
        Dimension? dimension = null;
        MaterialUnit? unit = null;
        foreach (var id in type.TextValues)
        {
            var material = _materials.Find(id) ?? throw Fail($"unknown material '{id}'", call.Arguments[0].Position);
            if (property(material) is null)
            {
                throw Fail($"material '{id}' has no {call.Function}", call.Arguments[0].Position);
            }
            var dim = call.Function switch
            {
                "density" => Dimension.Density,
                "thickness" => Dimension.LengthDim,
                "price" => Dimension.MoneyDim / material.Unit.ToUnit().Dimension,
                _ => Dimension.Co2Dim / material.Unit.ToUnit().Dimension,
            };
            if (dimension is not null && dimension != dim)
            {
                throw Fail($"{call.Function} has no single unit for {string.Join(", ", type.TextValues)}: they are sold in different units", call.Arguments[0].Position);
            }
            dimension = dim;
            unit = material.Unit;
        }
        return (new MaterialPropertyNode(argument, property, perUnit ? unit : null), StaticType.Number(dimension!.Value));
    }

    private static (Compiled, StaticType) Single(CallSyntax call, (Compiled, StaticType)[] arguments, bool numeric = true)
    {
        if (arguments.Length != 1)
        {
            throw Fail($"{call.Function} takes exactly one argument, not {arguments.Length}", call.Position);
        }
        if (numeric)
        {
            Require(arguments[0].Item2, ValueKind.Number, call.Function, call.Arguments[0].Position);
        }
        return arguments[0];
    }

    private static void Require(StaticType type, ValueKind kind, string what, SourcePosition position)
    {
        if (type.Kind != kind)
        {
            var expected = kind switch { ValueKind.Number => "a number", ValueKind.Boolean => "a true/false value", _ => "a text" };
            throw Fail($"{what} needs {expected} here, not {type.Describe()}", position);
        }
    }

    private static void RequirePlain(StaticType type, string what, SourcePosition position)
    {
        if (type.Kind != ValueKind.Number || !type.Dimension.IsNone)
        {
            throw Fail($"{what} needs an angle (deg or rad) or a plain number, not {type.Describe()}", position);
        }
    }

    private static string Symbol(TokenKind kind) => kind switch
    {
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Star => "*",
        TokenKind.Slash => "/",
        TokenKind.Caret => "^",
        TokenKind.Less => "<",
        TokenKind.LessEqual => "<=",
        TokenKind.Greater => ">",
        TokenKind.GreaterEqual => ">=",
        TokenKind.Equal => "==",
        TokenKind.NotEqual => "!=",
        TokenKind.And => "and",
        _ => "or",
    };

    private static BindFailure Fail(string message, SourcePosition position) => new(new ExpressionError(message, position));

    private sealed class BindFailure(ExpressionError error) : Exception(error.Message)
    {
        public ExpressionError Error { get; } = error;
    }
}
