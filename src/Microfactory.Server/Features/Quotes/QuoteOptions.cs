namespace Microfactory.Server.Features.Quotes;

/// <summary>
/// The <c>Microfactory:Quotes</c> section: the rates a quote is priced with and the limits of a quote. Rates are
/// in the factory's currency (labour per hour) or fractions (overhead and margin: 0.15 is 15 %). Checked at start.
/// </summary>
internal sealed class QuoteOptions
{
    public const string Section = MicrofactoryOptions.Section + ":Quotes";

    /// <summary>Operator labour per occupied machine hour (setup and run), in the factory's currency.</summary>
    public decimal LabourRatePerHour { get; set; } = 180m;

    /// <summary>Factory overhead as a fraction of the conversion cost (machine time + energy + labour).</summary>
    public decimal OverheadRate { get; set; } = 0.15m;

    /// <summary>Margin as a fraction of the full cost (materials + conversion + overhead).</summary>
    public decimal MarginRate { get; set; } = 0.20m;

    /// <summary>How long a quote can be accepted, in hours after it was made.</summary>
    public double ExpiryHours { get; set; } = 24;

    /// <summary>Without a requested date, how far ahead the options may complete, in days from now.</summary>
    public int DefaultHorizonDays { get; set; } = 30;

    /// <summary>Most units (Σ quantities over the lines) one quote may hold.</summary>
    public int MaxUnitsPerQuote { get; set; } = 50;

    /// <summary>
    /// Whether work waits for the materials: the release is now + the longest lead time among the suppliers of the
    /// design's BOM materials. The platform has no stock model, so it cannot know what is on the shelf; off means
    /// "everything is in stock".
    /// </summary>
    public bool MaterialLeadTimes { get; set; } = true;

    public TimeSpan Expiry => TimeSpan.FromHours(ExpiryHours);

    /// <summary>Refuses settings that would price below cost or make quotes useless; called at start.</summary>
    public void Validate()
    {
        if (LabourRatePerHour < 0 || OverheadRate < 0 || MarginRate < 0 || OverheadRate > 10 || MarginRate > 10)
        {
            throw new InvalidOperationException($"{Section}: LabourRatePerHour must be at least 0, OverheadRate and MarginRate between 0 and 10 (fractions: 0.15 is 15 %).");
        }
        if (!(ExpiryHours > 0 && ExpiryHours <= 24 * 90))
        {
            throw new InvalidOperationException($"{Section}:ExpiryHours must be more than 0 and at most 2160 (90 days).");
        }
        if (DefaultHorizonDays is < 1 or > 92)
        {
            throw new InvalidOperationException($"{Section}:DefaultHorizonDays must be between 1 and 92 (the plan's horizon).");
        }
        if (MaxUnitsPerQuote is < 1 or > 1000)
        {
            throw new InvalidOperationException($"{Section}:MaxUnitsPerQuote must be between 1 and 1000.");
        }
    }
}
