namespace Microfactory.Design.Expressions;

/// <summary>The outcome of binding: a compiled node and its type, or an error.</summary>
internal sealed record BindResult(Compiled? Node, StaticType? Type, IReadOnlyList<string> Names, ExpressionError? Error);
