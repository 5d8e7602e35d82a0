namespace Microfactory.Design.Expressions;

/// <summary>A 1-based line and column inside an expression's text.</summary>
internal readonly record struct SourcePosition(int Line, int Column);
