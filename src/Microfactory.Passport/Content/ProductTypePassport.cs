namespace Microfactory.Passport.Content;

/// <summary>What a passport says about a product type: one design template at one version. Input to
/// <see cref="PassportBuilder.BuildType"/>, and the type half of a <see cref="UnitPassport"/>.</summary>
/// <param name="TemplateId">Our design template id, for example <c>tpl_shelf</c>; part of the ids.</param>
/// <param name="TemplateVersion">The template version, for example <c>3</c>; part of the ids.</param>
/// <param name="ProductName">Product designation (<c>ManufacturerProductDesignation</c>), in <see cref="Language"/>.</param>
/// <param name="Manufacturer">The manufacturer (an organisation; no personal data).</param>
/// <param name="Materials">The bill of materials, at least one entry.</param>
/// <param name="DisassemblySteps">Disassembly steps in order; may be empty.</param>
/// <param name="EstimatedFootprint">The footprint estimated for the design; null leaves the Carbon Footprint submodel out.</param>
/// <param name="DesignFiles">Design files linked from Handover Documentation, file names unique; may be empty.</param>
/// <param name="IssuedAt">When the passport is issued; the documents' status date (UTC day).</param>
public sealed record ProductTypePassport(
    string TemplateId,
    string TemplateVersion,
    string ProductName,
    ManufacturerInfo Manufacturer,
    IReadOnlyList<BomMaterial> Materials,
    IReadOnlyList<DisassemblyStep> DisassemblySteps,
    FootprintSummary? EstimatedFootprint,
    IReadOnlyList<DesignFile> DesignFiles,
    DateTimeOffset IssuedAt)
{
    /// <summary>The most characters accepted in a name, instruction or title (the AAS limit for multi-language texts is 1023).</summary>
    public const int TextMaxLength = 1023;

    /// <summary>The most entries accepted in each list (materials, steps, files, operations).</summary>
    public const int ListMaxCount = 1000;

    /// <summary>BCP 47 language of the texts; <c>en</c> unless set.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The order code (<c>OrderCodeOfManufacturer</c>); <c>{TemplateId}-{TemplateVersion}</c> unless set.</summary>
    public string? OrderCode { get; init; }

    /// <summary>Product family (<c>ManufacturerProductFamily</c>), for example <c>Shelves</c>; optional.</summary>
    public string? ProductFamily { get; init; }
}
