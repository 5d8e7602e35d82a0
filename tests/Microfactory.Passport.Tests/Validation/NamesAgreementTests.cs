using Microfactory.Passport.Tests.Support;
using Microfactory.Passport.Validation;

namespace Microfactory.Passport.Tests.Validation;

/// <summary>Our idShort and language-tag checks against aas-core3.0's matchesIdShort and matchesBcp47.</summary>
public sealed class NamesAgreementTests
{
    private static readonly string[] IdShorts =
    [
        "a", "A1", "ab_", "_a", "1a", "a-b", "a b", "a.b", "Serial_No", "\u00e4b", "a\u0000", "", "ManufacturerName", "x__9",
    ];

    private static readonly string[] Tags =
    [
        "en", "EN", "de-CH", "zh-Hant-TW", "sl-rozaj-biske", "zh-CN-a-myext-x-private", "x-private", "i-klingon", "en-GB-oed",
        "es-419", "", "e", "en_GB", "en-", "english", "123", "de-1996", "en-US-u-ca-gregory", "toolongtag", "sr-Latn-RS",
    ];

    [Fact]
    public void IdShortAndLanguageTag_Corpus_AgreeWithAasCore()
    {
        var cases = IdShorts.Select(v => ("idShort", v)).Concat(Tags.Select(v => ("bcp47", v))).ToList();

        var theirs = AasCoreVerification.ValuesConsistent(cases);

        var disagreements = cases.Select((c, i) => (c, ours: c.Item1 == "idShort" ? AasValidator.IsValidIdShort(c.Item2) : LanguageTag.IsWellFormed(c.Item2), theirs: theirs[i]))
            .Where(x => x.ours != x.theirs)
            .Select(x => $"{x.c.Item1} '{x.c.Item2}': ours {x.ours}, aas-core {x.theirs}")
            .ToList();
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Fact]
    public void IsValidIdShort_129Characters_IsRefused()
    {
        Assert.True(AasValidator.IsValidIdShort("A" + new string('b', 127)));
        Assert.False(AasValidator.IsValidIdShort("A" + new string('b', 128)));
    }
}
