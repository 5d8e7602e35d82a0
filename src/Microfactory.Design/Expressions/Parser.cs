namespace Microfactory.Design.Expressions;

/// <summary>
/// A recursive-descent parser. Precedence from loosest to tightest:
/// <c>if … then … else</c>, <c>or</c>, <c>and</c>, <c>not</c>, comparisons (not chained),
/// <c>+ -</c>, <c>* /</c>, unary minus, <c>^</c> (right-associative), then literals, names,
/// calls and parentheses. Length, nesting depth and node count are bounded (<see cref="ExpressionLimits"/>).
/// </summary>
internal sealed class Parser
{
    private readonly IReadOnlyList<Token> _tokens;
    private int _index;
    private int _depth;
    private int _nodes;

    private Parser(IReadOnlyList<Token> tokens) => _tokens = tokens;

    /// <summary>Parses a whole expression; returns the tree or the first error with its position.</summary>
    public static (Syntax? Tree, ExpressionError? Error) Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, new ExpressionError("the expression is empty", new SourcePosition(1, 1)));
        }
        if (text.Length > ExpressionLimits.MaxLength)
        {
            return (null, new ExpressionError($"the expression is {text.Length} characters long; at most {ExpressionLimits.MaxLength} are allowed", new SourcePosition(1, 1)));
        }
        var (tokens, lexError) = Lexer.Tokenize(text);
        if (lexError is not null)
        {
            return (null, lexError);
        }
        var parser = new Parser(tokens);
        try
        {
            var tree = parser.ParseExpression();
            if (parser.Current.Kind != TokenKind.End)
            {
                return (null, new ExpressionError($"unexpected '{parser.Current.Text}' after a complete expression", parser.Current.Position));
            }
            return (tree, null);
        }
        catch (ParseFailure failure)
        {
            // The failure never leaves this method: it only unwinds the recursion to one place.
            return (null, failure.Error);
        }
    }

    private Token Current => _tokens[_index];

    private Token Advance() => _tokens[_index++];

    private T Node<T>(T node) where T : Syntax
    {
        if (++_nodes > ExpressionLimits.MaxNodes)
        {
            throw Fail($"the expression has more than {ExpressionLimits.MaxNodes} parts; split it into derived values", node.Position);
        }
        return node;
    }

    private Syntax ParseExpression()
    {
        if (++_depth > ExpressionLimits.MaxDepth)
        {
            throw Fail($"the expression is nested more than {ExpressionLimits.MaxDepth} levels deep", Current.Position);
        }
        try
        {
            if (Current.Kind == TokenKind.If)
            {
                var start = Advance().Position;
                var condition = ParseExpression();
                Expect(TokenKind.Then, "'then'");
                var whenTrue = ParseExpression();
                Expect(TokenKind.Else, "'else' (every 'if' needs one)");
                var whenFalse = ParseExpression();
                return Node(new ConditionalSyntax(condition, whenTrue, whenFalse, start));
            }
            return ParseOr();
        }
        finally
        {
            _depth--;
        }
    }

    private Syntax ParseOr()
    {
        var left = ParseAnd();
        while (Current.Kind == TokenKind.Or)
        {
            var op = Advance();
            left = Node(new BinarySyntax(TokenKind.Or, left, ParseAnd(), op.Position));
        }
        return left;
    }

    private Syntax ParseAnd()
    {
        var left = ParseNot();
        while (Current.Kind == TokenKind.And)
        {
            var op = Advance();
            left = Node(new BinarySyntax(TokenKind.And, left, ParseNot(), op.Position));
        }
        return left;
    }

    private Syntax ParseNot()
    {
        if (Current.Kind == TokenKind.Not)
        {
            var op = Advance();
            return Node(new UnarySyntax(TokenKind.Not, Nested(ParseNot), op.Position));
        }
        return ParseComparison();
    }

    private Syntax ParseComparison()
    {
        var left = ParseAdditive();
        if (IsComparison(Current.Kind))
        {
            var op = Advance();
            left = Node(new BinarySyntax(op.Kind, left, ParseAdditive(), op.Position));
            if (IsComparison(Current.Kind))
            {
                throw Fail("comparisons cannot be chained; join them with 'and'", Current.Position);
            }
        }
        return left;
    }

    private Syntax ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Advance();
            left = Node(new BinarySyntax(op.Kind, left, ParseMultiplicative(), op.Position));
        }
        return left;
    }

    private Syntax ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var op = Advance();
            left = Node(new BinarySyntax(op.Kind, left, ParseUnary(), op.Position));
        }
        return left;
    }

    private Syntax ParseUnary()
    {
        if (Current.Kind == TokenKind.Minus)
        {
            var op = Advance();
            return Node(new UnarySyntax(TokenKind.Minus, Nested(ParseUnary), op.Position));
        }
        return ParsePower();
    }

    private Syntax ParsePower()
    {
        var left = ParsePrimary();
        if (Current.Kind == TokenKind.Caret)
        {
            var op = Advance();
            return Node(new BinarySyntax(TokenKind.Caret, left, Nested(ParseUnary), op.Position));
        }
        return left;
    }

    private Syntax ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return Node(new NumberSyntax(token.Number, token.Dimension, token.Text, token.Position));
            case TokenKind.String:
                Advance();
                return Node(new TextSyntax(token.Text, token.Position));
            case TokenKind.True or TokenKind.False:
                Advance();
                return Node(new BooleanSyntax(token.Kind == TokenKind.True, token.Position));
            case TokenKind.If:
                // An 'if' as an operand takes everything after 'else', as in "1 + if c then 2 else 3".
                return ParseExpression();
            case TokenKind.LeftParen:
                Advance();
                var inner = ParseExpression();
                Expect(TokenKind.RightParen, "')'");
                return inner;
            case TokenKind.Identifier:
                Advance();
                if (Current.Kind != TokenKind.LeftParen)
                {
                    return Node(new NameSyntax(token.Text, token.Position));
                }
                Advance();
                var arguments = new List<Syntax>();
                if (Current.Kind != TokenKind.RightParen)
                {
                    arguments.Add(ParseExpression());
                    while (Current.Kind == TokenKind.Comma)
                    {
                        Advance();
                        if (arguments.Count >= ExpressionLimits.MaxArguments)
                        {
                            throw Fail($"a function takes at most {ExpressionLimits.MaxArguments} arguments", Current.Position);
                        }
                        arguments.Add(ParseExpression());
                    }
                }
                Expect(TokenKind.RightParen, "')' or ','");
                return Node(new CallSyntax(token.Text, arguments, token.Position));
            case TokenKind.End:
                throw Fail("the expression ends too early: a value is missing", token.Position);
            default:
                throw Fail($"expected a number, a name or '(' but found '{token.Text}'", token.Position);
        }
    }

    /// <summary>Counts depth for operators that recurse into themselves (not, unary minus, power).</summary>
    private Syntax Nested(Func<Syntax> parse)
    {
        if (++_depth > ExpressionLimits.MaxDepth)
        {
            throw Fail($"the expression is nested more than {ExpressionLimits.MaxDepth} levels deep", Current.Position);
        }
        try
        {
            return parse();
        }
        finally
        {
            _depth--;
        }
    }

    private void Expect(TokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            throw Fail(Current.Kind == TokenKind.End ? $"expected {what} but the expression ended" : $"expected {what} but found '{Current.Text}'", Current.Position);
        }
        Advance();
    }

    private static bool IsComparison(TokenKind kind) =>
        kind is TokenKind.Less or TokenKind.LessEqual or TokenKind.Greater or TokenKind.GreaterEqual or TokenKind.Equal or TokenKind.NotEqual;

    private static ParseFailure Fail(string message, SourcePosition position) => new(new ExpressionError(message, position));

    private sealed class ParseFailure(ExpressionError error) : Exception(error.Message)
    {
        public ExpressionError Error { get; } = error;
    }
}
