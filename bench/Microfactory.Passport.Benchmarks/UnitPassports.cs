using System.Globalization;
using Microfactory.Design.Catalogue;
using Microfactory.Design.Evaluation;
using Microfactory.Design.Templates;
using Microfactory.Passport.Content;
using Microfactory.Passport.Packaging;

namespace Microfactory.Passport.Benchmarks;

/// <summary>A unit passport for a shipped template evaluated with its default parameters: its BOM, disassembly notes, geometry
/// files and <c>design.json</c>, one as-built operation per routing step. What the host does when a unit is finished.</summary>
internal static class UnitPassports
{
    private static readonly DateTimeOffset Completed = new(2026, 12, 1, 14, 0, 0, TimeSpan.Zero);

    public static (UnitPassport Passport, IReadOnlyList<AasxFile> Files) For(string templateId)
    {
        var template = TemplateDocument.Parse(ShippedTemplates.Find(templateId)!.Yaml, BenchMaterials.Catalog).Template
            ?? throw new InvalidOperationException($"shipped template {templateId} does not validate");
        var design = TemplateEvaluator.Evaluate(template, new Dictionary<string, string>(), BenchMaterials.Catalog).Design
            ?? throw new InvalidOperationException("defaults must give a design");
        var designFiles = design.Files
            .Select(f => new DesignFile(f.FileName, f.MediaType, f.FileName, f.FileName.EndsWith(".stl", StringComparison.Ordinal) ? DesignFileKind.Model : DesignFileKind.Drawing))
            .Append(new DesignFile("design.json", "application/json", "Design parameters, BOM and routing", DesignFileKind.Specification))
            .ToList();
        var files = design.Files.Select(f => new AasxFile(DesignFile.PackageFolder + f.FileName, f.MediaType, f.Content))
            .Append(new AasxFile(DesignFile.PackageFolder + "design.json", "application/json", DesignJson.Serialize(design)))
            .ToList();
        var footprint = new FootprintSummary((decimal)Math.Round(design.MaterialKgCo2e, 4), "piece", 1, ["ISO 14067"], ["A1-A3"], Completed);
        var type = new ProductTypePassport(
            design.TemplateId,
            design.TemplateVersion,
            template.Metadata.Title,
            new ManufacturerInfo("Microfactory Demo Ltd", new PostalAddress("1 How Ming Street", "000000", "Kwun Tong", "HK")) { CountryOfOrigin = "HK" },
            design.Bom.Select(b => new BomMaterial(b.MaterialName, (decimal)Math.Round(b.MassKg ?? 0, 4), 0, 0) { MaterialId = b.MaterialId }).ToList(),
            design.Passport.Disassembly.Select(s => new DisassemblyStep(s)).ToList(),
            footprint,
            designFiles,
            Completed);
        var start = Completed.AddHours(-4);
        var operations = design.Routing.Select((r, i) => new AsBuiltOperation(
            r.Id, r.Description.Length > 0 ? r.Description : r.Id, "mch_" + r.CapabilityId.ToString(CultureInfo.InvariantCulture),
            start.AddMinutes(20 * i), start.AddMinutes(20 * i).AddSeconds(r.SetupSeconds + r.RunSeconds), 1, 0, 0.25m)).ToList();
        return (new UnitPassport(type, "MF-2026-000123", Completed, operations, footprint), files);
    }
}
