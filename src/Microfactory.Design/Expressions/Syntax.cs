using Microfactory.Design.Units;

namespace Microfactory.Design.Expressions;

/// <summary>A node of the syntax tree an expression is parsed into once, at validation time.</summary>
internal abstract record Syntax(SourcePosition Position);

internal sealed record NumberSyntax(double Value, Dimension Dimension, string Text, SourcePosition Position) : Syntax(Position);

internal sealed record TextSyntax(string Value, SourcePosition Position) : Syntax(Position);

internal sealed record BooleanSyntax(bool Value, SourcePosition Position) : Syntax(Position);

internal sealed record NameSyntax(string Name, SourcePosition Position) : Syntax(Position);

internal sealed record UnarySyntax(TokenKind Operator, Syntax Operand, SourcePosition Position) : Syntax(Position);

internal sealed record BinarySyntax(TokenKind Operator, Syntax Left, Syntax Right, SourcePosition Position) : Syntax(Position);

internal sealed record ConditionalSyntax(Syntax Condition, Syntax WhenTrue, Syntax WhenFalse, SourcePosition Position) : Syntax(Position);

internal sealed record CallSyntax(string Function, IReadOnlyList<Syntax> Arguments, SourcePosition Position) : Syntax(Position);
