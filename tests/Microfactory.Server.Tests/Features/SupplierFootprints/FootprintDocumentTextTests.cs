using Microfactory.Server.Features.SupplierFootprints;

namespace Microfactory.Server.Tests.Features.SupplierFootprints;

/// <summary>The text rule over a supplier's PACT document: control characters anywhere are named by their path.</summary>
public sealed class FootprintDocumentTextTests
{
    [Theory]
    [InlineData("""{"companyName": "Steel\u0000Co"}""", "companyName")]
    [InlineData("""{"pcf": {"dqi": {"coverage": "x\u0007"}}}""", "pcf.dqi.coverage")]
    [InlineData("""{"productIds": ["urn:a", "urn:b\u001b"]}""", "productIds[1]")]
    [InlineData("""{"pcf": {"secondaryEmissionFactorSources": [{"name": "ICE\n"}]}}""", "pcf.secondaryEmissionFactorSources[0].name")]
    [InlineData("""{"pcf": {"na\u0000me": 1}}""", "pcf (a property name)")]
    [InlineData("""{"comment": "line\u0000"}""", "comment")]
    public void FirstViolation_ControlCharacter_NamesItsPath(string json, string field)
    {
        var problem = FootprintDocumentText.FirstViolation(json, maxDepth: 16);

        Assert.NotNull(problem);
        Assert.Equal(field, problem.Field);
        Assert.StartsWith("must not contain control characters", problem.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"comment": "two\nlines\twith a tab", "productDescription": "a\r\nb", "pcf": {"boundaryProcessesDescription": "x\ny"}}""")]
    [InlineData("""{"companyName": "Kwun Tong Metals 觀塘金屬", "pcf": {"pcfExcludingBiogenicUptake": "2.05"}}""")]
    [InlineData("""{"id": """)] // malformed: left to the strict reader, which names it
    public void FirstViolation_CleanTextOrFreeTextLineBreaks_IsNull(string json) =>
        Assert.Null(FootprintDocumentText.FirstViolation(json, maxDepth: 16));
}
