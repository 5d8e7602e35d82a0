using System.Text;
using Microfactory.Passport.Json;
using Microfactory.Passport.Model;
using Microfactory.Passport.Tests.Support;

namespace Microfactory.Passport.Tests.Json;

public sealed class AasJsonRoundTripTests
{
    [Theory]
    [MemberData(nameof(ElementKinds.Names), MemberType = typeof(ElementKinds))]
    public void ReadWrite_EachElementKind_RoundTripsToTheSameJsonAndType(string kind)
    {
        var original = ElementKinds.Create(kind);
        var json = AasJsonWriter.ToUtf8Bytes(Samples.WithElements(original));

        var read = AasJsonReader.Read(json);

        Assert.True(read.Succeeded, read.Error);
        var element = Assert.Single(read.Environment!.Submodels[0].SubmodelElements);
        Assert.Equal(original.GetType(), element.GetType());
        Assert.Equal(original.IdShort, element.IdShort);
        Assert.Equal(kind, element.ModelType);
        Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(AasJsonWriter.ToUtf8Bytes(read.Environment)));
    }

    [Fact]
    public void ReadWrite_FullPassport_KeepsEveryValue()
    {
        var json = AasJsonWriter.ToUtf8Bytes(Samples.Passport(), indented: true);

        var read = AasJsonReader.Read(json);

        Assert.True(read.Succeeded, read.Error);
        var environment = read.Environment!;
        Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(AasJsonWriter.ToUtf8Bytes(environment, indented: true)));
        var shell = Assert.Single(environment.AssetAdministrationShells);
        Assert.Equal(AssetKind.Instance, shell.AssetInformation.AssetKind);
        Assert.Equal("https://microfactory.example/ids/type/bracket", shell.AssetInformation.AssetType);
        Assert.Equal(Samples.SubmodelId, Assert.Single(shell.Submodels).Keys[0].Value);
        var elements = environment.Submodels[0].SubmodelElements;
        var mass = Assert.IsType<Property>(elements[1]);
        Assert.Equal((DataTypeDefXsd.Decimal, "12.50"), (mass.ValueType, mass.Value));
        Assert.Null(Assert.IsType<Property>(elements[3]).Value);
        var readings = Assert.IsType<SubmodelElementList>(elements[8]);
        Assert.False(readings.OrderRelevant);
        Assert.Equal(DataTypeDefXsd.Double, readings.ValueTypeListElement);
        Assert.Equal("-INF", Assert.IsType<Property>(readings.Value[1]).Value);
        Assert.Equal("de-CH", elements[0].Description[1].Language);
        Assert.Equal("0173-1#02-AAA000#001", environment.ConceptDescriptions[0].IsCaseOf[0].Keys[0].Value);
    }

    [Fact]
    public void Write_Property_PutsMembersInTheExamplesOrderWithValueAsString()
    {
        var json = Encoding.UTF8.GetString(AasJsonWriter.ToUtf8Bytes(Samples.WithElements(
            new Property(DataTypeDefXsd.Int, "7") { IdShort = "Seven", SemanticId = Reference.Global("urn:x") })));

        Assert.Contains("{\"idShort\":\"Seven\",\"modelType\":\"Property\",\"semanticId\":{\"keys\":[{\"type\":\"GlobalReference\",\"value\":\"urn:x\"}],\"type\":\"ExternalReference\"},\"value\":\"7\",\"valueType\":\"xs:int\"}", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "$: expected an object")]
    [InlineData("{\"submodels\":[{\"id\":\"x\",\"modelType\":\"Submodel\",\"submodelElements\":[{\"modelType\":\"Range\"}]}]}", "submodels[0].submodelElements[0].modelType: 'Range'")]
    [InlineData("{\"submodels\":[{\"id\":\"x\",\"modelType\":\"Submodel\",\"submodelElements\":[{\"modelType\":\"Property\",\"valueType\":\"xs:money\"}]}]}", "submodels[0].submodelElements[0].valueType: 'xs:money'")]
    [InlineData("{\"submodels\":[{\"modelType\":\"Submodel\"}]}", "submodels[0].id: required")]
    [InlineData("{\"submodels\":[{\"id\":\"x\",\"modelType\":\"Shell\"}]}", "submodels[0].modelType: expected 'Submodel'")]
    [InlineData("{\"submodels\":[{\"id\":\"x\",\"modelType\":\"Submodel\",\"semanticId\":{\"type\":\"ExternalReference\",\"keys\":[{\"type\":\"Global\",\"value\":\"a\"}]}}]}", "submodels[0].semanticId.keys[0].type: 'Global'")]
    [InlineData("{\"submodels\":[{\"id\":\"x\",\"modelType\":\"Submodel\",\"submodelElements\":[{\"modelType\":\"Property\",\"valueType\":\"xs:int\",\"value\":7}]}]}", "submodels[0].submodelElements[0].value: expected a string, found a number")]
    [InlineData("{\"submodels\":", "not JSON")]
    public void Read_BrokenDocument_NamesThePath(string json, string expected)
    {
        var read = AasJsonReader.Read(json);

        Assert.False(read.Succeeded);
        Assert.Contains(expected, read.Error, StringComparison.Ordinal);
    }
}
