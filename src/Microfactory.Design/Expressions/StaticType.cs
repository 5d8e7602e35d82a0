using Microfactory.Design.Units;

namespace Microfactory.Design.Expressions;

/// <summary>
/// The type an expression has before it is evaluated: a number of some dimension, a boolean,
/// or a text. For a text the checker also tracks the values it can take when they are known
/// (a literal, a choice parameter), which is what lets material functions be checked at publish time.
/// </summary>
internal sealed record StaticType(ValueKind Kind, Dimension Dimension = default, IReadOnlyList<string>? TextValues = null)
{
    public static readonly StaticType Boolean = new(ValueKind.Boolean);
    public static readonly StaticType FreeText = new(ValueKind.Text);

    public static StaticType Number(Dimension dimension) => new(ValueKind.Number, dimension);

    public static StaticType Text(IReadOnlyList<string> values) => new(ValueKind.Text, default, values);

    public string Describe() => Kind switch
    {
        ValueKind.Number => Dimension.IsNone ? "a plain number" : $"a {Dimension}",
        ValueKind.Boolean => "a true/false value",
        _ => "a text",
    };
}
