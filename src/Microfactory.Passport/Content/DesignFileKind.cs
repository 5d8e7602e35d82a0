namespace Microfactory.Passport.Content;

/// <summary>What a design file documents, mapped to a VDI 2770 Blatt 1:2020 document class in Handover Documentation.</summary>
public enum DesignFileKind
{
    /// <summary>Drawings and plans (SVG, DXF): class 02-02.</summary>
    Drawing,

    /// <summary>Geometry of parts and assemblies (STL): class 02-03.</summary>
    Model,

    /// <summary>Technical specification (the parameters and BOM in <c>design.json</c>): class 02-01.</summary>
    Specification,

    /// <summary>Assembly and disassembly instructions: class 03-01.</summary>
    Disassembly,
}
