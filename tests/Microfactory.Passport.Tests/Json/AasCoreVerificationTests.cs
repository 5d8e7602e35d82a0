using Microfactory.Passport.Json;
using Microfactory.Passport.Model;
using Microfactory.Passport.Tests.Support;
using Microfactory.Passport.Validation;

namespace Microfactory.Passport.Tests.Json;

/// <summary>The written JSON checked by an implementation we did not write: aas-core3.0-typescript's de-serializer and
/// its verification of the metamodel constraints.</summary>
public sealed class AasCoreVerificationTests
{
    [Fact]
    public void Verify_FullPassport_HasNoFindings()
    {
        var findings = AasCoreVerification.Run(AasJsonWriter.ToUtf8Bytes(Samples.Passport()));

        Assert.Empty(findings);
    }

    [Theory]
    [MemberData(nameof(ElementKinds.Names), MemberType = typeof(ElementKinds))]
    public void Verify_EachElementKind_HasNoFindings(string kind)
    {
        var findings = AasCoreVerification.Run(AasJsonWriter.ToUtf8Bytes(Samples.WithElements(ElementKinds.Create(kind))));

        Assert.Empty(findings);
    }

    public static TheoryData<string> BrokenCases => new("idShort", "value", "list item idShort", "external reference");

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Verify_CaseOurValidatorRefuses_IsAlsoFoundAtTheSamePath(string name)
    {
        SubmodelElement element = name switch
        {
            "idShort" => new Property(DataTypeDefXsd.String, "x") { IdShort = "Serial-No" },
            "value" => new Property(DataTypeDefXsd.Int, "12 pcs") { IdShort = "Count" },
            "list item idShort" => new SubmodelElementList(KeyType.Property, [new Property(DataTypeDefXsd.Int, "1") { IdShort = "X" }])
            {
                IdShort = "L",
                ValueTypeListElement = DataTypeDefXsd.Int,
            },
            _ => new ReferenceElement(new Reference(ReferenceType.ExternalReference, [new Key(KeyType.Submodel, "urn:x")])) { IdShort = "R" },
        };
        var environment = Samples.WithElements(element);
        var ours = AasValidator.Validate(environment);
        Assert.NotEmpty(ours);

        var theirs = AasCoreVerification.Run(AasJsonWriter.ToUtf8Bytes(environment));

        Assert.NotEmpty(theirs);
        Assert.All(theirs, f => Assert.Equal("verification", f.Kind));
        // aas-core reports a value mismatch at the element and list-item rules at the list; ours are at or below those paths.
        Assert.All(theirs, f => Assert.Contains(ours, v => v.Path.StartsWith(f.Path.TrimStart('.'), StringComparison.Ordinal)));
    }
}
