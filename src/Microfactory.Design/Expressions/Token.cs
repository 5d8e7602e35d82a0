using Microfactory.Design.Units;

namespace Microfactory.Design.Expressions;

/// <summary>One lexical token. A number carries its value already converted to SI base units and the dimension of its unit.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, SourcePosition Position, double Number = 0, Dimension Dimension = default);
