namespace Microfactory.Passport.Model;

/// <summary>The XML Schema value types a <see cref="Property"/> may declare (AAS DataTypeDefXsd, 30 values).</summary>
public enum DataTypeDefXsd
{
    /// <summary>xs:anyURI</summary>
    AnyUri,
    /// <summary>xs:base64Binary</summary>
    Base64Binary,
    /// <summary>xs:boolean</summary>
    Boolean,
    /// <summary>xs:byte</summary>
    Byte,
    /// <summary>xs:date</summary>
    Date,
    /// <summary>xs:dateTime</summary>
    DateTime,
    /// <summary>xs:decimal</summary>
    Decimal,
    /// <summary>xs:double</summary>
    Double,
    /// <summary>xs:duration</summary>
    Duration,
    /// <summary>xs:float</summary>
    Float,
    /// <summary>xs:gDay</summary>
    GDay,
    /// <summary>xs:gMonth</summary>
    GMonth,
    /// <summary>xs:gMonthDay</summary>
    GMonthDay,
    /// <summary>xs:gYear</summary>
    GYear,
    /// <summary>xs:gYearMonth</summary>
    GYearMonth,
    /// <summary>xs:hexBinary</summary>
    HexBinary,
    /// <summary>xs:int</summary>
    Int,
    /// <summary>xs:integer</summary>
    Integer,
    /// <summary>xs:long</summary>
    Long,
    /// <summary>xs:negativeInteger</summary>
    NegativeInteger,
    /// <summary>xs:nonNegativeInteger</summary>
    NonNegativeInteger,
    /// <summary>xs:nonPositiveInteger</summary>
    NonPositiveInteger,
    /// <summary>xs:positiveInteger</summary>
    PositiveInteger,
    /// <summary>xs:short</summary>
    Short,
    /// <summary>xs:string</summary>
    String,
    /// <summary>xs:time</summary>
    Time,
    /// <summary>xs:unsignedByte</summary>
    UnsignedByte,
    /// <summary>xs:unsignedInt</summary>
    UnsignedInt,
    /// <summary>xs:unsignedLong</summary>
    UnsignedLong,
    /// <summary>xs:unsignedShort</summary>
    UnsignedShort,
}
