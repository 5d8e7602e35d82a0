namespace Microfactory.Design.Expressions;

/// <summary>The names a syntax tree mentions.</summary>
internal static class SyntaxNames
{
    public static IEnumerable<string> Of(Syntax syntax) => syntax switch
    {
        NameSyntax n => [n.Name],
        UnarySyntax u => Of(u.Operand),
        BinarySyntax b => Of(b.Left).Concat(Of(b.Right)),
        ConditionalSyntax c => Of(c.Condition).Concat(Of(c.WhenTrue)).Concat(Of(c.WhenFalse)),
        CallSyntax call => call.Arguments.SelectMany(Of),
        _ => [],
    };
}
