namespace Microfactory.Design.Templates;

/// <summary>The kinds of parameter a customer can set.</summary>
public enum ParameterType
{
    /// <summary>A length with a unit (mm, cm, m); typed values without a unit are in the parameter's unit.</summary>
    Length,

    /// <summary>A decimal number, optionally with a unit of any dimension (e.g. deg, kg).</summary>
    Number,

    /// <summary>A whole number (counts: shelves, dividers, holes).</summary>
    Integer,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>One of a fixed list of texts; material choices list material ids.</summary>
    Choice,

    /// <summary>Free text (an engraving, a label); at most 200 characters.</summary>
    Text,
}
