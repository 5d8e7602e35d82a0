using Microfactory.Design.Templates;

namespace Microfactory.Design.Evaluation;

/// <summary>
/// A resolved design: what production makes for one set of parameter values. Immutable; the same
/// template and values always give the same design, byte for byte in its files.
/// </summary>
/// <param name="TemplateId">Template id.</param>
/// <param name="TemplateVersion">Template version, e.g. "1.0.0".</param>
/// <param name="Parameters">Every parameter with the value used (given or default).</param>
/// <param name="Derived">Every derived value.</param>
/// <param name="Bom">Bill of materials.</param>
/// <param name="Routing">Operations with durations and predecessors.</param>
/// <param name="MassKg">Product mass in kg: the template's <c>mass</c> expression, or else the sum of the BOM lines' masses (which include cutting scrap).</param>
/// <param name="MaterialCost">Sum of BOM line costs, in <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code of every amount of the design (the materials' price currency); empty when the design has no BOM line.</param>
/// <param name="MaterialKgCo2e">Sum of BOM line emissions (cradle-to-gate of materials), kg CO2e.</param>
/// <param name="Files">Geometry files in template order.</param>
/// <param name="Passport">Disassembly, material and circularity notes.</param>
public sealed record Design(
    string TemplateId,
    string TemplateVersion,
    IReadOnlyList<ResolvedValue> Parameters,
    IReadOnlyList<ResolvedValue> Derived,
    IReadOnlyList<BomLine> Bom,
    IReadOnlyList<RoutingStep> Routing,
    double MassKg,
    decimal MaterialCost,
    string Currency,
    double MaterialKgCo2e,
    IReadOnlyList<GeometryFile> Files,
    PassportNotes Passport);
