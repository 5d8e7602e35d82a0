using System.Text;
using Microfactory.Passport.Json;
using Microfactory.Passport.Tests.Support;
using Microfactory.Passport.Validation;

namespace Microfactory.Passport.Tests.Json;

/// <summary>Seeded random environments: valid by our validator, the official schema and aas-core3.0, and round-trip exactly.</summary>
public sealed class AasRandomEnvironmentTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void RandomEnvironment_Seed_IsValidEverywhereAndRoundTrips(int seed)
    {
        var generator = new RandomEnvironments(seed);
        for (var i = 0; i < 8; i++)
        {
            var environment = generator.Next();
            Assert.Empty(AasValidator.Validate(environment));
            var json = AasJsonWriter.ToUtf8Bytes(environment);

            Assert.Empty(AasSchema.Errors(json));
            Assert.Empty(AasCoreVerification.Run(json));
            var read = AasJsonReader.Read(json);
            Assert.True(read.Succeeded, read.Error);
            Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(AasJsonWriter.ToUtf8Bytes(read.Environment!)));
        }
    }
}
