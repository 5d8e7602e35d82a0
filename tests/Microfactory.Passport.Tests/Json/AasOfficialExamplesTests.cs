using Microfactory.Passport.Json;
using Microfactory.Passport.Tests.Support;
using Microfactory.Passport.Validation;

namespace Microfactory.Passport.Tests.Json;

/// <summary>The generated examples of aas-specs (all valid by aas-core3.0-testgen) read, validate and write back.</summary>
public sealed class AasOfficialExamplesTests
{
    [Theory]
    [InlineData("Property_maximal.json")]
    [InlineData("ConceptDescription_maximal.json")]
    [InlineData("AssetAdministrationShell_maximal.json")]
    [InlineData("Submodel_minimal.json")]
    [InlineData("AssetAdministrationShell_minimal.json")]
    public void Read_OfficialExample_ValidatesAndWritesSchemaValidJson(string name)
    {
        var read = AasJsonReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Schema", "examples", name)));
        Assert.True(read.Succeeded, read.Error);

        // An example stands alone, so a shell's submodel references point at submodels outside it.
        var violations = AasValidator.Validate(read.Environment!).Where(v => v.Rule != "submodelReference");

        Assert.Empty(violations);
        Assert.Empty(AasSchema.Errors(AasJsonWriter.ToUtf8Bytes(read.Environment!)));
    }

    [Fact]
    public void Read_OfficialPropertyMaximal_KeepsTheModelledMembers()
    {
        var read = AasJsonReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Schema", "examples", "Property_maximal.json")));

        var property = Assert.IsType<Microfactory.Passport.Model.Property>(Assert.Single(read.Environment!.Submodels[0].SubmodelElements));
        Assert.Equal(("PiXO1wyHierj", "0061707", Microfactory.Passport.Model.DataTypeDefXsd.Decimal), (property.IdShort, property.Value, property.ValueType));
        Assert.Equal("zh-CN-a-myext-x-private", property.DisplayName[0].Language);
        Assert.Equal("urn:some-company12:e40857e0", property.ValueId!.Keys[0].Value);
    }

    [Fact]
    public void Read_OfficialSubmodelMaximal_RefusesTheKindItDoesNotCarryByPath()
    {
        var read = AasJsonReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Schema", "examples", "Submodel_maximal.json")));

        Assert.False(read.Succeeded);
        Assert.StartsWith("submodels[0].submodelElements[0].modelType: 'AnnotatedRelationshipElement'", read.Error, StringComparison.Ordinal);
    }
}
