using BenchmarkDotNet.Attributes;
using Microfactory.Design.Catalogue;
using Microfactory.Design.Evaluation;
using Microfactory.Design.Templates;

namespace Microfactory.Design.Benchmarks;

/// <summary>
/// Evaluating a shipped template with its default parameters, geometry files included (the work
/// behind one live-preview refresh or one render). Target: median under 5 ms. Parsing and
/// validating the YAML is measured separately because it happens once per published version.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EvaluateShippedTemplates
{
    private readonly Dictionary<string, Template> _templates = [];
    private readonly Dictionary<string, string> _noValues = [];

    [ParamsSource(nameof(TemplateIds))]
    public string TemplateId { get; set; } = "";

    public static IEnumerable<string> TemplateIds => ShippedTemplates.All.Select(t => t.Id);

    [GlobalSetup]
    public void Setup()
    {
        foreach (var shipped in ShippedTemplates.All)
        {
            _templates[shipped.Id] = TemplateDocument.Parse(shipped.Yaml, BenchMaterials.Catalog).Template
                ?? throw new InvalidOperationException($"shipped template {shipped.Id} does not validate");
        }
    }

    [Benchmark(Description = "evaluate incl. geometry")]
    public Design.Evaluation.Design Evaluate() =>
        TemplateEvaluator.Evaluate(_templates[TemplateId], _noValues, BenchMaterials.Catalog).Design
            ?? throw new InvalidOperationException("defaults must give a design");

    [Benchmark(Description = "parse + validate YAML")]
    public Template Parse() =>
        TemplateDocument.Parse(ShippedTemplates.Find(TemplateId)!.Yaml, BenchMaterials.Catalog).Template!;
}
