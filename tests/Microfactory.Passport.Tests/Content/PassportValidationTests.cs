using System.Text;
using System.Text.Json.Nodes;
using Microfactory.Passport.Json;
using Microfactory.Passport.Tests.Support;
using Microfactory.Passport.Validation;

namespace Microfactory.Passport.Tests.Content;

/// <summary>Each kind of passport checked three ways: our validator, the official JSON schema and aas-core3.0's verification;
/// and a broken passport refused by both outside checks.</summary>
public sealed class PassportValidationTests
{
    public static TheoryData<string> Kinds => PassportKinds.Names;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Build_EachKind_PassesOurValidator(string kind)
    {
        var environment = PassportKinds.Build(kind);

        Assert.Empty(AasValidator.Validate(environment));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Build_EachKind_PassesOfficialSchema(string kind)
    {
        var json = AasJsonWriter.ToUtf8Bytes(PassportKinds.Build(kind));

        Assert.Empty(AasSchema.Errors(json));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Build_EachKind_PassesAasCoreVerification(string kind)
    {
        var json = AasJsonWriter.ToUtf8Bytes(PassportKinds.Build(kind));

        Assert.Empty(AasCoreVerification.Run(json));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Build_EachKind_ReadsBackEqual(string kind)
    {
        var environment = PassportKinds.Build(kind);
        var json = AasJsonWriter.ToUtf8Bytes(environment);

        var read = AasJsonReader.Read(json);

        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(json, AasJsonWriter.ToUtf8Bytes(read.Environment!));
    }

    public static TheoryData<string> Breakages => new("idShort with a hyphen", "unknown asset kind", "empty serial number");

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Build_UnitWithOneFieldBroken_SchemaAndAasCoreBothFail(string breakage)
    {
        var json = JsonNode.Parse(AasJsonWriter.ToUtf8Bytes(PassportKinds.Build("unit")))!;
        var shell = json["assetAdministrationShells"]![0]!;
        var nameplate = json["submodels"]![0]!;
        Assert.Equal("Nameplate", (string?)nameplate["idShort"]);
        switch (breakage)
        {
            case "idShort with a hyphen":
                nameplate["submodelElements"]!.AsArray().Single(e => (string?)e!["idShort"] == "SerialNumber")!["idShort"] = "Serial-Number";
                break;
            case "unknown asset kind":
                shell["assetInformation"]!["assetKind"] = "Unit";
                break;
            default:
                shell["assetInformation"]!["specificAssetIds"]![0]!["value"] = "";
                break;
        }
        var broken = Encoding.UTF8.GetBytes(json.ToJsonString());
        Assert.Empty(AasSchema.Errors(AasJsonWriter.ToUtf8Bytes(PassportKinds.Build("unit"))));

        // Each of the three independent checks sees it: both schema validators and aas-core3.0's verification.
        Assert.NotEmpty(AasSchema.NetErrors(broken));
        Assert.NotEmpty(AasSchema.AjvErrors(broken));
        Assert.NotEmpty(AasCoreVerification.Run(broken));
    }
}
