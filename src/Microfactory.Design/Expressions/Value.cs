namespace Microfactory.Design.Expressions;

/// <summary>A runtime value: a number in SI base units (booleans as 1 and 0) or a text. Its kind is known statically.</summary>
internal readonly record struct Value(double Number, string? Text = null)
{
    public static readonly Value True = new(1);
    public static readonly Value False = new(0);

    public bool IsTrue => Number != 0;

    public static Value Of(bool value) => value ? True : False;

    public static Value Of(string text) => new(0, text);
}
