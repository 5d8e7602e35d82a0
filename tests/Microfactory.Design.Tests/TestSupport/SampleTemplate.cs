namespace Microfactory.Design.Tests.TestSupport;

/// <summary>A small complete template exercising every section, for tests to parse as is or to break on purpose.</summary>
internal static class SampleTemplate
{
    public const string Yaml = """
        id: test-tray
        version: 2.1.0
        title: Test tray
        designer: Test studio
        category: trays
        licence: CC0-1.0
        description: A tray for tests.
        parameters:
          width:
            type: length
            unit: mm
            min: 100
            max: 400
            step: 10
            default: 200
            help: Outside width.
          depth:
            type: length
            min: 0.1 m
            max: 300 mm
            default: 150 mm
          count:
            type: integer
            min: 1
            max: 8
            default: 2
          sheet:
            type: choice
            options: [mat_steel_dc01_1_5, mat_galv_dx51_1_0]
            default: mat_steel_dc01_1_5
          coated:
            type: boolean
            default: false
          note:
            type: text
            default: ""
        rules:
          - id: square-enough
            require: width <= 2 * depth
            message: The width may be at most twice the depth.
        derived:
          t: thickness(sheet)
          flat_area:
            expr: (width + 40 mm) * (depth + 40 mm)
            unit: m2
          steel_mass:
            expr: flat_area * t * density(sheet)
            unit: kg
          ratio: width / (depth - 120 mm)
        bom:
          - material: sheet
            quantity: steel_mass
            note: blank
          - material: mat_powder_polyester
            quantity: flat_area * 0.2 kg/m2
            when: coated
          - material: mat_screw_m4_a2
            quantity: count * 2
        routing:
          - id: cut
            capability: cap_laser_cut_metal
            setup: 10 min
            run: 2 * (width + depth) / (20 mm/s)
          - id: coat
            capability: cap_powder_coating
            setup: 20 min
            run: 5 min
            after: [cut]
            when: coated
          - id: pack
            capability: cap_assembly
            setup: 1 min
            run: 30 s
            after: [coat]
        geometry:
          - file: tray
            generator: sheet_metal_tray
            formats: [svg, dxf]
            args:
              width: width
              depth: depth
              flange_front: 20 mm
              flange_back: 20 mm
              flange_left: 20 mm
              flange_right: 20 mm
              thickness: t
              bend_radius: t
        passport:
          disassembly: [Nothing to take apart.]
          materials: Steel.
          circularity: Recycle as steel.
        """;

    /// <summary>The sample with one text replaced; fails the test when the text is not found.</summary>
    public static string With(string find, string replace)
    {
        Assert.Contains(find, Yaml, StringComparison.Ordinal);
        return Yaml.Replace(find, replace, StringComparison.Ordinal);
    }
}
