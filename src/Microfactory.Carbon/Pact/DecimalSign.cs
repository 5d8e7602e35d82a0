namespace Microfactory.Carbon.Pact;

/// <summary>The sign a PACT v3 decimal must have: the schema's <c>Decimal</c>, <c>PositiveNonZeroDecimal</c> and so on.</summary>
public enum DecimalSign
{
    /// <summary><c>Decimal</c>: any sign.</summary>
    Any,

    /// <summary><c>PositiveNonZeroDecimal</c>: greater than 0.</summary>
    PositiveNonZero,

    /// <summary><c>PositiveOrZeroDecimal</c>: at least 0.</summary>
    PositiveOrZero,

    /// <summary><c>NegativeOrZeroDecimal</c>: at most 0.</summary>
    NegativeOrZero,

    /// <summary><c>NegativeNonZeroDecimal</c>: less than 0.</summary>
    NegativeNonZero,
}
