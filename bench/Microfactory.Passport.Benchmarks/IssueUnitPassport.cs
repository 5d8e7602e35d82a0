using BenchmarkDotNet.Attributes;
using Microfactory.Design.Catalogue;
using Microfactory.Passport.Content;
using Microfactory.Passport.Json;
using Microfactory.Passport.Packaging;

namespace Microfactory.Passport.Benchmarks;

/// <summary>Issuing a unit passport (issue 10 point 6): building the environment from the unit's inputs (input rules and the AAS
/// validator included), then writing it as AAS JSON, or as an AASX package with the design files. Target: median under 10 ms
/// for JSON and for AASX.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class IssueUnitPassport
{
    private static readonly PassportIssuer Issuer = new("factory.microfactory.example");
    private UnitPassport _passport = null!;
    private IReadOnlyList<AasxFile> _files = [];

    [ParamsSource(nameof(TemplateIds))]
    public string TemplateId { get; set; } = "";

    public static IEnumerable<string> TemplateIds => ShippedTemplates.All.Select(t => t.Id);

    [GlobalSetup]
    public void Setup()
    {
        (_passport, _files) = UnitPassports.For(TemplateId);
        if (!PassportBuilder.BuildUnit(_passport, Issuer).Succeeded)
        {
            throw new InvalidOperationException($"the passport for {TemplateId} does not build");
        }
    }

    [Benchmark(Description = "build (rules + validator)")]
    public object Build() => PassportBuilder.BuildUnit(_passport, Issuer).Environment!;

    [Benchmark(Description = "build + JSON")]
    public byte[] Json() => AasJsonWriter.ToUtf8Bytes(PassportBuilder.BuildUnit(_passport, Issuer).Environment!);

    [Benchmark(Description = "build + AASX")]
    public byte[] Aasx() => AasxWriter.ToBytes(PassportBuilder.BuildUnit(_passport, Issuer).Environment!, _files);
}
