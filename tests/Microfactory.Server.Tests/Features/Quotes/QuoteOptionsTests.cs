using Microfactory.Server.Features.Quotes;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Quotes;

/// <summary>The Microfactory:Quotes settings are checked when the server starts, not at the first quote.</summary>
public sealed class QuoteOptionsTests
{
    [Theory]
    [InlineData("MarginRate", "-0.1")]
    [InlineData("OverheadRate", "11")]
    [InlineData("LabourRatePerHour", "-1")]
    [InlineData("ExpiryHours", "0")]
    [InlineData("DefaultHorizonDays", "93")]
    [InlineData("MaxUnitsPerQuote", "0")]
    public async Task Start_BadSetting_RefusedNamingTheSection(string setting, string value)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => TestHost.StartAsync("sqlite", true, $"--Microfactory:Quotes:{setting}={value}"));

        Assert.Contains("Microfactory:Quotes", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_Accepted()
    {
        var defaults = new QuoteOptions();

        defaults.Validate();

        Assert.Equal((24.0, 30, 50, true), (defaults.ExpiryHours, defaults.DefaultHorizonDays, defaults.MaxUnitsPerQuote, defaults.MaterialLeadTimes));
    }
}
