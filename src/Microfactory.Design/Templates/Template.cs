namespace Microfactory.Design.Templates;

/// <summary>
/// A validated, immutable template version. Obtain one from <see cref="TemplateDocument.Parse"/>;
/// every expression in it has been parsed, unit-checked and compiled, so evaluating it can only
/// yield a design or problems a customer can act on. <see cref="Source"/> keeps the YAML exactly
/// as published, so storage can persist it and reload the same template.
/// </summary>
public sealed class Template
{
    internal Template(TemplateMetadata metadata, string source, PassportNotes passport, CompiledTemplateParts parts)
    {
        Metadata = metadata;
        Source = source;
        Passport = passport;
        Parts = parts;
    }

    /// <summary>Identity and descriptive fields.</summary>
    public TemplateMetadata Metadata { get; }

    /// <summary>Template id (lowercase letters, digits and '-').</summary>
    public string Id => Metadata.Id;

    /// <summary>Semantic version of this document.</summary>
    public TemplateVersion Version => Metadata.Version;

    /// <summary>The YAML text as published.</summary>
    public string Source { get; }

    /// <summary>Parameters in declaration order.</summary>
    public IReadOnlyList<TemplateParameter> Parameters => [.. Parts.Parameters.Select(p => p.Definition)];

    /// <summary>Rules in declaration order.</summary>
    public IReadOnlyList<TemplateRule> Rules => [.. Parts.Rules.Select(r => r.Rule)];

    /// <summary>Derived values in declaration order.</summary>
    public IReadOnlyList<DerivedValue> Derived => [.. Parts.Derived.Select(d => d.Definition)];

    /// <summary>Bill-of-materials entries as declared.</summary>
    public IReadOnlyList<BomEntry> Bom => [.. Parts.Bom.Select(b => b.Entry)];

    /// <summary>Routing operations as declared.</summary>
    public IReadOnlyList<RoutingEntry> Routing => [.. Parts.Routing.Select(o => o.Entry)];

    /// <summary>Geometry outputs as declared.</summary>
    public IReadOnlyList<GeometryOutput> Geometry => [.. Parts.Geometry.Select(g => g.Output)];

    /// <summary>Disassembly, material and circularity notes for the product passport.</summary>
    public PassportNotes Passport { get; }

    internal CompiledTemplateParts Parts { get; }
}
