namespace Microfactory.Design.Geometry;

/// <summary>Whether a generator draws flat cut files (SVG, DXF) or a solid (STL).</summary>
public enum GeneratorKind
{
    /// <summary>Flat outlines for laser cutting and press-brake work: formats svg and dxf.</summary>
    Flat,

    /// <summary>A closed triangle mesh for 3D printing: format stl.</summary>
    Solid,
}
