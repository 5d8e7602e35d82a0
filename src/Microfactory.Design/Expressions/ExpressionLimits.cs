namespace Microfactory.Design.Expressions;

/// <summary>
/// Bounds that keep parsing and evaluation cheap and safe whatever a designer writes:
/// the parser refuses longer texts, deeper nesting or larger trees with a positioned error.
/// </summary>
internal static class ExpressionLimits
{
    public const int MaxLength = 2000;
    public const int MaxDepth = 40;
    public const int MaxNodes = 500;
    public const int MaxArguments = 16;
}
