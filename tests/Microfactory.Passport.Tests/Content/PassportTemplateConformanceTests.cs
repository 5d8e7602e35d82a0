using System.Text.Json;
using Microfactory.Passport.Json;
using Microfactory.Passport.Tests.Support;

namespace Microfactory.Passport.Tests.Content;

/// <summary>The IDTA submodels of every passport kind match their templates (Templates/): idShorts, semantic ids, value types,
/// list settings and mandatory elements.</summary>
public sealed class PassportTemplateConformanceTests
{
    public static TheoryData<string, string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var kind in (string[])["type", "unit", "bare unit"])
            {
                data.Add(kind, "Nameplate", SubmodelTemplates.Nameplate);
                if (kind != "bare unit")
                {
                    data.Add(kind, "CarbonFootprint", SubmodelTemplates.CarbonFootprint);
                    data.Add(kind, "HandoverDocumentation", SubmodelTemplates.HandoverDocumentation);
                }
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_IdtaSubmodel_MatchesItsTemplate(string kind, string idShort, string template)
    {
        using var json = JsonDocument.Parse(AasJsonWriter.ToUtf8Bytes(PassportKinds.Build(kind)));
        var submodel = json.RootElement.GetProperty("submodels").EnumerateArray().Single(s => s.GetProperty("idShort").GetString() == idShort);

        Assert.Empty(SubmodelTemplates.Differences(template, submodel));
    }

    [Fact]
    public void Differences_SubmodelMissingAMandatoryElement_AreFound()
    {
        using var json = JsonDocument.Parse(AasJsonWriter.ToUtf8Bytes(PassportKinds.Build("unit")));
        var nameplate = json.RootElement.GetProperty("submodels")[0];
        var text = nameplate.GetRawText().Replace("\"OrderCodeOfManufacturer\"", "\"OrderCode\"", StringComparison.Ordinal);
        using var broken = JsonDocument.Parse(text);

        var differences = SubmodelTemplates.Differences(SubmodelTemplates.Nameplate, broken.RootElement);

        Assert.Contains("/OrderCode: not in the template", differences);
        Assert.Contains("/OrderCodeOfManufacturer: mandatory (One) but missing", differences);
    }
}
