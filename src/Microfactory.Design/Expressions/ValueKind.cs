namespace Microfactory.Design.Expressions;

internal enum ValueKind
{
    Number,
    Boolean,
    Text,
}
