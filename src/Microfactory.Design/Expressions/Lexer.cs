using System.Globalization;
using Microfactory.Design.Units;

namespace Microfactory.Design.Expressions;

/// <summary>
/// Splits an expression into tokens. A number may be followed by a unit (<c>120 mm</c>,
/// <c>120mm</c>, <c>7850 kg/m3</c>); a compound unit is written without spaces around '/'.
/// Numbers use the invariant culture: '.' is the decimal separator, whatever the machine's locale.
/// </summary>
internal sealed class Lexer
{
    private readonly string _text;
    private readonly List<Token> _tokens = [];
    private int _index;
    private int _line = 1;
    private int _lineStart;

    private Lexer(string text) => _text = text;

    public static (IReadOnlyList<Token> Tokens, ExpressionError? Error) Tokenize(string text)
    {
        var lexer = new Lexer(text);
        var error = lexer.Run();
        return (lexer._tokens, error);
    }

    private SourcePosition Here => new(_line, _index - _lineStart + 1);

    private ExpressionError? Run()
    {
        while (true)
        {
            SkipWhitespace();
            if (_index >= _text.Length)
            {
                _tokens.Add(new Token(TokenKind.End, "", Here));
                return null;
            }
            var position = Here;
            var c = _text[_index];
            if (char.IsAsciiDigit(c) || (c == '.' && _index + 1 < _text.Length && char.IsAsciiDigit(_text[_index + 1])))
            {
                var error = LexNumber(position);
                if (error is not null)
                {
                    return error;
                }
            }
            else if (IsIdentifierStart(c))
            {
                var word = ReadWord();
                _tokens.Add(new Token(KeywordKind(word) ?? TokenKind.Identifier, word, position));
            }
            else if (c is '"' or '\'')
            {
                var end = _text.IndexOf(c, _index + 1);
                if (end < 0)
                {
                    return new ExpressionError("unterminated text: a closing " + c + " is missing", position);
                }
                _tokens.Add(new Token(TokenKind.String, _text[(_index + 1)..end], position));
                _index = end + 1;
            }
            else
            {
                var symbolStart = _index;
                var kind = LexSymbol(c);
                if (kind is null)
                {
                    return new ExpressionError($"unexpected character '{c}'", position);
                }
                _tokens.Add(new Token(kind.Value, _text[symbolStart.._index], position));
            }
        }
    }

    private TokenKind? LexSymbol(char c)
    {
        var next = _index + 1 < _text.Length ? _text[_index + 1] : '\0';
        (TokenKind? kind, int length) = c switch
        {
            '+' => (TokenKind.Plus, 1),
            '-' => (TokenKind.Minus, 1),
            '*' => (TokenKind.Star, 1),
            '/' => (TokenKind.Slash, 1),
            '^' => (TokenKind.Caret, 1),
            '(' => (TokenKind.LeftParen, 1),
            ')' => (TokenKind.RightParen, 1),
            ',' => (TokenKind.Comma, 1),
            '<' when next == '=' => (TokenKind.LessEqual, 2),
            '<' => (TokenKind.Less, 1),
            '>' when next == '=' => (TokenKind.GreaterEqual, 2),
            '>' => (TokenKind.Greater, 1),
            '=' when next == '=' => (TokenKind.Equal, 2),
            '!' when next == '=' => (TokenKind.NotEqual, 2),
            _ => ((TokenKind?)null, 0),
        };
        _index += length;
        return kind;
    }

    private ExpressionError? LexNumber(SourcePosition position)
    {
        var start = _index;
        while (_index < _text.Length && (char.IsAsciiDigit(_text[_index]) || _text[_index] == '.'))
        {
            _index++;
        }
        if (_index < _text.Length && _text[_index] is 'e' or 'E'
            && _index + 1 < _text.Length && (char.IsAsciiDigit(_text[_index + 1]) || (_text[_index + 1] is '-' or '+' && _index + 2 < _text.Length && char.IsAsciiDigit(_text[_index + 2]))))
        {
            _index += 2;
            while (_index < _text.Length && char.IsAsciiDigit(_text[_index]))
            {
                _index++;
            }
        }
        var literal = _text[start.._index];
        if (!double.TryParse(literal, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return new ExpressionError($"'{literal}' is not a number", position);
        }

        // A unit may follow on the same line, separated by spaces or not.
        var afterNumber = _index;
        while (_index < _text.Length && _text[_index] is ' ' or '\t')
        {
            _index++;
        }
        if (_index < _text.Length && (IsIdentifierStart(_text[_index]) || _text[_index] == '%'))
        {
            var unitPosition = Here;
            var unitStart = _index;
            var word = _text[_index] == '%' ? "%" : ReadWord();
            if (word == "%")
            {
                _index++;
            }
            if (KeywordKind(word) is not null)
            {
                _index = unitStart;
            }
            else
            {
                if (!UnitTable.TryGet(word, out var unit))
                {
                    return new ExpressionError($"unknown unit '{word}' after the number {literal}; known units: {string.Join(", ", UnitTable.Symbols)}", unitPosition);
                }
                while (_index + 1 < _text.Length && _text[_index] == '/' && IsIdentifierStart(_text[_index + 1]))
                {
                    var save = _index;
                    _index++;
                    var divisorWord = ReadWord();
                    if (!UnitTable.TryGet(divisorWord, out var divisor))
                    {
                        // Not a unit: the '/' is a division by a name, as in "2 mm/gap".
                        _index = save;
                        break;
                    }
                    unit = new Unit(unit.Symbol + "/" + divisor.Symbol, unit.Dimension / divisor.Dimension, unit.ToSi / divisor.ToSi);
                }
                _tokens.Add(new Token(TokenKind.Number, _text[start.._index], position, value * unit.ToSi, unit.Dimension));
                return null;
            }
        }
        _index = afterNumber;
        _tokens.Add(new Token(TokenKind.Number, literal, position, value, Dimension.None));
        return null;
    }

    private string ReadWord()
    {
        var start = _index;
        while (_index < _text.Length && (IsIdentifierStart(_text[_index]) || char.IsAsciiDigit(_text[_index]) || _text[_index] is '²' or '³'))
        {
            _index++;
        }
        return _text[start.._index];
    }

    private void SkipWhitespace()
    {
        while (_index < _text.Length && char.IsWhiteSpace(_text[_index]))
        {
            if (_text[_index] == '\n')
            {
                _line++;
                _lineStart = _index + 1;
            }
            _index++;
        }
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static TokenKind? KeywordKind(string word) => word switch
    {
        "and" => TokenKind.And,
        "or" => TokenKind.Or,
        "not" => TokenKind.Not,
        "if" => TokenKind.If,
        "then" => TokenKind.Then,
        "else" => TokenKind.Else,
        "true" => TokenKind.True,
        "false" => TokenKind.False,
        _ => null,
    };
}
