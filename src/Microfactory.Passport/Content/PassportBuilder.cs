using Microfactory.Passport.Model;
using Microfactory.Passport.Validation;

namespace Microfactory.Passport.Content;

/// <summary>Builds digital product passports as AAS environments: one shell and its submodels. Pure: the same input gives the
/// same environment (times come from the input, never from a clock). Submodels, in this order:
/// <list type="number">
/// <item><c>Nameplate</c> (IDTA 02006-3-0-1), always;</item>
/// <item><c>CarbonFootprint</c> (IDTA 02023-1-0-1), when a footprint is given;</item>
/// <item><c>HandoverDocumentation</c> (IDTA 02004-2-0-1), when design files are given;</item>
/// <item><c>MaterialComposition</c> (ours), always;</item>
/// <item><c>Disassembly</c> (ours), when steps are given;</item>
/// <item><c>AsBuiltRecord</c> (ours), for a unit with operations.</item>
/// </list>
/// Our own submodels' semantic ids come with concept descriptions in the environment. Ids follow <see cref="PassportIssuer"/>. Bad input is a failed <see cref="PassportResult"/> naming the field, never an exception.</summary>
public static class PassportBuilder
{
    /// <summary>The idShort of a product-type passport's shell.</summary>
    public const string TypeShellIdShort = "ProductTypePassport";

    /// <summary>The idShort of a unit passport's shell.</summary>
    public const string UnitShellIdShort = "UnitPassport";

    /// <summary>The specific asset id name that carries a unit's serial number.</summary>
    public const string SerialNumberAssetIdName = "SerialNumber";

    /// <summary>The passport of a product type (design template at a version): asset kind <c>Type</c>, with the estimated footprint.</summary>
    public static PassportResult BuildType(ProductTypePassport passport, PassportIssuer issuer)
    {
        ArgumentNullException.ThrowIfNull(passport);
        ArgumentNullException.ThrowIfNull(issuer);
        var errors = new List<Violation>();
        PassportInputRules.CheckType(errors, "", passport);
        if (errors.Count > 0)
        {
            return PassportResult.Failed(errors);
        }
        string Id(string idShort) => issuer.TypeSubmodelId(passport.TemplateId, passport.TemplateVersion, idShort);
        var assetId = issuer.TypeAssetId(passport.TemplateId, passport.TemplateVersion);
        var submodels = new List<Submodel>(5) { DigitalNameplate.Build(Id(DigitalNameplate.IdShort), passport, assetId, null, null) };
        AddTypeContent(submodels, passport, passport.EstimatedFootprint, issuer, Id);
        var asset = new AssetInformation(AssetKind.Type, assetId);
        var shell = Shell(issuer.TypeShellId(passport.TemplateId, passport.TemplateVersion), TypeShellIdShort, asset, submodels,
            $"Product passport of {passport.ProductName} ({passport.TemplateId} v{passport.TemplateVersion})", passport.Language);
        return Checked(new AasEnvironment([shell], submodels, Concepts(submodels)));
    }

    /// <summary>The passport of one produced unit: asset kind <c>Instance</c>, the type's asset id as <c>assetType</c>, the serial
    /// number as a specific asset id, the actual footprint (else the type's estimate) and the as-built record.</summary>
    public static PassportResult BuildUnit(UnitPassport passport, PassportIssuer issuer)
    {
        ArgumentNullException.ThrowIfNull(passport);
        ArgumentNullException.ThrowIfNull(issuer);
        var errors = new List<Violation>();
        PassportInputRules.CheckUnit(errors, passport);
        if (errors.Count > 0)
        {
            return PassportResult.Failed(errors);
        }
        var type = passport.Type;
        var serial = passport.SerialNumber;
        string Id(string idShort) => issuer.UnitSubmodelId(serial, idShort);
        var assetId = issuer.UnitAssetId(serial);
        var submodels = new List<Submodel>(6) { DigitalNameplate.Build(Id(DigitalNameplate.IdShort), type, assetId, serial, passport.CompletedAt) };
        AddTypeContent(submodels, type, passport.ActualFootprint ?? type.EstimatedFootprint, issuer, Id);
        if (passport.Operations.Count > 0)
        {
            submodels.Add(AsBuilt.Build(Id(AsBuilt.IdShort), passport));
        }
        var asset = new AssetInformation(AssetKind.Instance, assetId)
        {
            AssetType = issuer.TypeAssetId(type.TemplateId, type.TemplateVersion),
            SpecificAssetIds = [new SpecificAssetId(SerialNumberAssetIdName, serial) { SemanticId = Reference.Global("0112/2///61987#ABA951#009") }],
        };
        var shell = Shell(issuer.UnitShellId(serial), UnitShellIdShort, asset, submodels,
            $"Product passport of {type.ProductName}, serial number {serial}", type.Language);
        return Checked(new AasEnvironment([shell], submodels, Concepts(submodels)));
    }

    private static void AddTypeContent(List<Submodel> submodels, ProductTypePassport type, FootprintSummary? footprint, PassportIssuer issuer,
        Func<string, string> id)
    {
        if (footprint is not null)
        {
            submodels.Add(CarbonFootprint.Build(id(CarbonFootprint.IdShort), footprint));
        }
        if (type.DesignFiles.Count > 0)
        {
            submodels.Add(HandoverDocumentation.Build(id(HandoverDocumentation.IdShort), type, issuer.Domain));
        }
        submodels.Add(MaterialComposition.Build(id(MaterialComposition.IdShort), type));
        if (type.DisassemblySteps.Count > 0)
        {
            submodels.Add(Disassembly.Build(id(Disassembly.IdShort), type));
        }
    }

    /// <summary>The concept descriptions of our own submodels in the passport (the IDTA ones are defined by their templates).</summary>
    private static List<ConceptDescription> Concepts(List<Submodel> submodels)
    {
        var concepts = new List<ConceptDescription>(40);
        foreach (var submodel in submodels)
        {
            concepts.AddRange(submodel.IdShort switch
            {
                MaterialComposition.IdShort => OwnConcepts.MaterialComposition,
                Disassembly.IdShort => OwnConcepts.Disassembly,
                AsBuilt.IdShort => OwnConcepts.AsBuilt,
                _ => [],
            });
        }
        return concepts;
    }

    private static AssetAdministrationShell Shell(string id, string idShort, AssetInformation asset, List<Submodel> submodels, string description,
        string language)
    {
        var references = new Reference[submodels.Count];
        for (var i = 0; i < submodels.Count; i++)
        {
            references[i] = Reference.ToSubmodel(submodels[i].Id);
        }
        return new AssetAdministrationShell(id, asset, references)
        {
            IdShort = idShort,
            Description = [new LangString(language, description.Length <= 1023 ? description : description[..1023])],
        };
    }

    /// <summary>The input rules keep the output valid; the validator is the last guard (a failure here is a defect in a builder,
    /// reported rather than shipped).</summary>
    private static PassportResult Checked(AasEnvironment environment)
    {
        var violations = AasValidator.Validate(environment);
        return violations.Count == 0 ? PassportResult.Built(environment) : PassportResult.Failed(violations);
    }
}
