namespace Microfactory.Maturity.Scoring;

/// <summary>A dimension's level in an earlier and a later assessment (null where one did not answer it).</summary>
public sealed record DimensionProgress(string DimensionId, int? From, int? To)
{
    /// <summary>To minus from, or null.</summary>
    public int? Change => From is { } f && To is { } t ? t - f : null;
}
