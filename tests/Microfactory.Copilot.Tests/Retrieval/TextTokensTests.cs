using Microfactory.Copilot.Retrieval;

namespace Microfactory.Copilot.Tests.Retrieval;

public sealed class TextTokensTests
{
    [Fact]
    public void Of_English_LowerCaseWordsWithoutPunctuation()
    {
        Assert.Equal(["change", "the", "nozzle", "dc01", "2", "0", "mm"], TextTokens.Of("Change the NOZZLE: DC01 2.0 mm!"));
    }

    [Fact]
    public void Of_Chinese_OverlappingCharacterBigrams()
    {
        Assert.Equal(["更換", "換噴", "噴嘴"], TextTokens.Of("更換噴嘴"));
    }

    [Fact]
    public void Of_MixedTextAndLoneCharacter_WordsBigramsAndTheCharacter()
    {
        Assert.Equal(["雷射", "oee", "是", "85"], TextTokens.Of("雷射OEE是 85"));
    }
}
