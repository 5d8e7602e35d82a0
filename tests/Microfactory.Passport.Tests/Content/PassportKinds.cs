using Microfactory.Passport.Content;
using Microfactory.Passport.Model;
using Microfactory.Passport.Tests.Support;

namespace Microfactory.Passport.Tests.Content;

/// <summary>Every kind of passport the builder issues, by name, for theory data.</summary>
internal static class PassportKinds
{
    public static TheoryData<string> Names => new("type", "unit", "bare unit");

    public static AasEnvironment Build(string kind)
    {
        var result = kind switch
        {
            "type" => PassportBuilder.BuildType(PassportSamples.Type(), PassportSamples.Issuer),
            "unit" => PassportBuilder.BuildUnit(PassportSamples.Unit(), PassportSamples.Issuer),
            "bare unit" => PassportBuilder.BuildUnit(PassportSamples.BareUnit(), PassportSamples.Issuer),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a passport kind."),
        };
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Environment!;
    }
}
