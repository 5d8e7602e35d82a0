namespace Microfactory.Design.Expressions;

/// <summary>A problem found in an expression, with its position inside the expression text.</summary>
internal sealed record ExpressionError(string Message, SourcePosition Position);
