using System.Text;
using System.Text.Json;
using Microfactory.Passport.Json;
using Microfactory.Passport.Model;
using Microfactory.Passport.Tests.Support;
using Microfactory.Passport.Validation;

namespace Microfactory.Passport.Tests.Json;

public sealed class AasJsonSchemaTests
{
    [Fact]
    public void Schema_Copy_IsDraft201909()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "aas.json")));

        Assert.Equal("https://json-schema.org/draft/2019-09/schema", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Write_FullPassport_ValidatesAgainstOfficialSchema()
    {
        var environment = Samples.Passport();
        Assert.Empty(AasValidator.Validate(environment));

        var json = AasJsonWriter.ToUtf8Bytes(environment);

        Assert.Empty(AasSchema.Errors(json));
    }

    [Theory]
    [MemberData(nameof(ElementKinds.Names), MemberType = typeof(ElementKinds))]
    public void Write_EachElementKind_ValidatesAgainstOfficialSchema(string kind)
    {
        var environment = Samples.WithElements(ElementKinds.Create(kind));
        Assert.Empty(AasValidator.Validate(environment));

        Assert.Empty(AasSchema.Errors(AasJsonWriter.ToUtf8Bytes(environment, indented: true)));
    }

    [Fact]
    public void Write_EmptyEnvironment_OmitsEmptyListsAndValidates()
    {
        var json = AasJsonWriter.ToUtf8Bytes(new AasEnvironment([], [], []));

        Assert.Equal("{}", Encoding.UTF8.GetString(json));
        Assert.Empty(AasSchema.Errors(json));
    }

    [Fact]
    public void Schema_IdShortTheValidatorRefuses_IsAlsoRefusedBySchema()
    {
        // The writer writes what it is given; the schema must catch what the validator catches, or this check proves nothing.
        var environment = Samples.WithElements(new Property(DataTypeDefXsd.String, "x") { IdShort = "9lives" });
        Assert.Contains(AasValidator.Validate(environment), v => v.Rule == "AASd-002");

        var errors = AasSchema.Errors(AasJsonWriter.ToUtf8Bytes(environment));

        Assert.Contains(errors, e => e.Contains("/submodels/0/submodelElements/0/idShort", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"assetAdministrationShells\":[]}")]
    [InlineData("{\"submodels\":[{\"id\":\"x\",\"modelType\":\"Submodel\",\"submodelElements\":[{\"idShort\":\"a\",\"modelType\":\"Property\",\"value\":\"1\"}]}]}")]
    [InlineData("{\"submodels\":[{\"id\":\"x\",\"modelType\":\"Submodel\",\"submodelElements\":[{\"idShort\":\"a\",\"modelType\":\"Property\",\"valueType\":\"xs:int\",\"value\":1}]}]}")]
    public void Schema_DocumentsThatBreakIt_AreRefused(string json)
    {
        Assert.NotEmpty(AasSchema.Errors(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("Submodel_minimal.json")]
    [InlineData("AssetAdministrationShell_minimal.json")]
    public void Read_OfficialMinimalExample_WritesJsonTheSchemaAccepts(string name)
    {
        var read = AasJsonReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Schema", "examples", name)));
        Assert.True(read.Succeeded, read.Error);

        Assert.Empty(AasSchema.Errors(AasJsonWriter.ToUtf8Bytes(read.Environment!)));
    }
}
